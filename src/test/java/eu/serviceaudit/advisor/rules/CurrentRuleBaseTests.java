package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import io.micrometer.core.instrument.MeterRegistry;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.system.AdvisorProperties;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/** Reload: compile beside, swap only when valid; whoever holds the old rule base keeps using it. */
class CurrentRuleBaseTests {

	static final String ROW = "Isolated organisation gap still gets a process change within 90 days";

	@TempDir
	Path dir;

	@Test
	void shouldRefuseToStartOnABrokenRulesFolder() throws IOException {
		RuleBaseLoaderTests.copyRules(dir);
		Files.writeString(dir.resolve("patterns/classification.drl"), "package patterns;\nrule \"x\" when then");

		assertThatThrownBy(() -> new CurrentRuleBase(properties()))
			.isInstanceOf(RuleCompilationException.class)
			.hasMessageContaining("patterns/classification.drl:");
	}

	@Test
	void shouldKeepTheOldRuleBaseWhenTheNewOneDoesNotCompile() throws IOException {
		RuleBaseLoaderTests.copyRules(dir);
		CurrentRuleBase current = new CurrentRuleBase(properties());
		RuleBase before = current.get();
		Files.writeString(dir.resolve("alerts/broken.drl"), "package alerts;\nrule \"Broken\"\nwhen\n  Nonsense(\nthen\nend\n");

		assertThatThrownBy(current::reload).isInstanceOf(RuleCompilationException.class);

		assertThat(current.get()).isSameAs(before);
	}

	@Test
	void shouldSwapToAChangedDecisionTableWhileAnAnalysisInFlightKeepsTheRuleBaseItStartedWith() throws IOException {
		RuleBaseLoaderTests.copyRules(dir);
		CurrentRuleBase current = new CurrentRuleBase(properties());
		RuleBase inFlight = current.get();
		Path table = dir.resolve("recommendations/recommendation-table.drl.csv");
		Files.writeString(table, Files.readString(table).replace(ROW + ",ORGANISATION,ISOLATED,,,PROCESS,90_DAYS",
				ROW + ",ORGANISATION,ISOLATED,,,PROCESS,30_DAYS"));

		RuleBase reloaded = current.reload();

		assertThat(current.get()).isSameAs(reloaded);
		assertThat(reloaded.version()).isNotEqualTo(inFlight.version());
		assertThat(horizonOfAnIsolatedOrganisationGap(inFlight)).isEqualTo(Horizon.DAYS_90);
		assertThat(horizonOfAnIsolatedOrganisationGap(reloaded)).isEqualTo(Horizon.DAYS_30);
	}

	@Test
	void shouldStopTheApplicationStartOnABrokenRulesFolderCompiledBesideTheOtherBeans() throws IOException {
		RuleBaseLoaderTests.copyRules(dir);
		Files.writeString(dir.resolve("patterns/classification.drl"), "package patterns;\nrule \"x\" when then");
		CurrentRuleBase current = started(RuleBaseValidator.NONE, "refuse", null);

		assertThatThrownBy(current::afterSingletonsInstantiated)
			.isInstanceOf(RuleCompilationException.class)
			.hasMessageContaining("patterns/classification.drl:");
	}

	@Test
	void shouldStopTheStartOnRulesThatFailTheCheckUnlessToldToWarn() throws IOException {
		RuleBaseLoaderTests.copyRules(dir);
		RuleError problem = new RuleError("scenario", "scenarios/x.yaml", 3, "expected a proposal");
		RuleBaseValidator failing = (candidate, folder) -> List.of(problem);

		assertThatThrownBy(started(failing, "refuse", null)::afterSingletonsInstantiated)
			.isInstanceOf(RuleCheckFailedException.class)
			.hasMessageContaining("expected a proposal");

		CurrentRuleBase warned = started(failing, "warn", null);
		warned.afterSingletonsInstantiated();
		assertThat(warned.status().problems()).containsExactly(problem);
		assertThat(warned.get().rules()).isPositive();
	}

	@Test
	void shouldServeTheRulesOnDiskWhenTheyChangedAfterTheEarlyCompileStarted() throws IOException {
		RuleBaseLoaderTests.copyRules(dir);
		FirstRuleBaseCompile early = FirstRuleBaseCompile.start(ContentFolder.fromDirectory(dir),
				new RuleBaseLoader());
		RuleBase asBefore = early.compiled().join();
		Path table = dir.resolve("recommendations/recommendation-table.drl.csv");
		Files.writeString(table, Files.readString(table).replace(ROW + ",ORGANISATION,ISOLATED,,,PROCESS,90_DAYS",
				ROW + ",ORGANISATION,ISOLATED,,,PROCESS,30_DAYS"));

		CurrentRuleBase current = started(RuleBaseValidator.NONE, "refuse", early);
		current.afterSingletonsInstantiated();

		assertThat(current.get().version()).isNotEqualTo(asBefore.version());
		assertThat(horizonOfAnIsolatedOrganisationGap(current.get())).isEqualTo(Horizon.DAYS_30);
	}

	@Test
	void shouldTakeOverTheEarlyCompileOfTheSameRules() throws IOException {
		RuleBaseLoaderTests.copyRules(dir);
		FirstRuleBaseCompile early = FirstRuleBaseCompile.start(ContentFolder.fromDirectory(dir),
				new RuleBaseLoader());

		CurrentRuleBase current = started(RuleBaseValidator.NONE, "refuse", early);
		current.afterSingletonsInstantiated();

		assertThat(current.get()).isSameAs(early.compiled().join());
	}

	/** As the application creates it: compiled and checked on threads of their own. */
	private CurrentRuleBase started(RuleBaseValidator validator, String onStart, FirstRuleBaseCompile early) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("validator", validator);
		if (early != null) {
			beans.registerSingleton("early", early);
		}
		return new CurrentRuleBase(properties(), beans.getBeanProvider(RuleBaseValidator.class),
				beans.getBeanProvider(MeterRegistry.class), onStart, beans.getBeanProvider(FirstRuleBaseCompile.class));
	}

	static Horizon horizonOfAnIsolatedOrganisationGap(RuleBase ruleBase) {
		List<Finding> findings = List.of(new Finding("SA-1", "HQ", Method.SELF_ASSESSMENT, "SERVICE_STANDARDS", 0, 0, 1,
				null));
		List<PrioritisedProposal> proposals = RuleEngine.evaluate(ruleBase.kieBase(), RuleScenario.CATALOGUE.all(),
				Thresholds.DEFAULTS, findings, List.of()).proposals();
		assertThat(proposals).singleElement().satisfies(p -> assertThat(p.proposal().rule()).isEqualTo(ROW));
		return proposals.get(0).proposal().horizon();
	}

	private AdvisorProperties properties() {
		return new AdvisorProperties(dir.resolve("data"), dir, null, null);
	}

}
