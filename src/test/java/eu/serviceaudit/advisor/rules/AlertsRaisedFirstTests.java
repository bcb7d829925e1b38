package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.springframework.util.FileSystemUtils;

import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The rule engine hands the alerts over after the rules' first firing, so that their follow-ups are stored while the
 * comments are read and the rest is decided: what it hands over is what the analysis ends with, and a rule that
 * changes the alerts later fails the analysis instead of leaving follow-ups that differ from its alerts.
 */
class AlertsRaisedFirstTests {

	@Test
	void shouldHandOverTheOutcomesAlertsBeforeTheCommentsAreCounted() {
		RuleScenario scenario = new RuleScenario().comments(KeywordComments.STANDARD)
			.finding("TONE_COURTESY", 0, 2, "LOC-1", Method.MYSTERY_SHOP, "Rude, and the queue did not move")
			.response(3, 2, null, "Waited twenty minutes")
			.response(9, 5, null, null);
		List<String> fired = new ArrayList<>();
		List<RuleEngine.RaisedAlerts> handedOver = new ArrayList<>();
		List<String> firedWhenHandedOver = new ArrayList<>();

		RuleOutcome outcome = RuleEngine.evaluate(RuleScenario.RULES.kieBase(), RuleScenario.CATALOGUE.all(),
				Thresholds.DEFAULTS, scenario.audit(), KeywordComments.STANDARD, recording(fired), raised -> {
					handedOver.add(raised);
					firedWhenHandedOver.addAll(fired);
				});

		assertThat(handedOver).hasSize(1);
		assertThat(handedOver.get(0).alerts()).extracting(RecoveryAlert::observationId)
			.containsExactlyInAnyOrder("OBS-01", "CS-02");
		assertThat(handedOver.get(0).alerts()).containsExactlyInAnyOrderElementsOf(outcome.alerts());
		assertThat(handedOver.get(0).followUps()).hasSize(2).containsExactlyInAnyOrderElementsOf(outcome.followUps());
		assertThat(firedWhenHandedOver).doesNotContain(CustomerVoiceRulesTests.VOICE);
		assertThat(fired).contains(CustomerVoiceRulesTests.VOICE);
	}

	@Test
	void shouldFailAnAnalysisWhoseAlertsChangeAfterTheyWereHandedOver(@TempDir Path folder) throws IOException {
		FileSystemUtils.copyRecursively(Path.of("rules"), folder);
		Files.writeString(folder.resolve("alerts/late-alert.drl"), """
				package alerts;

				import eu.serviceaudit.advisor.analysis.Severity;
				import eu.serviceaudit.advisor.rules.fact.CommentsRead;
				import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;

				rule "An alert raised once the comments are counted"
				when
				    CommentsRead()
				then
				    insert( RecoveryAlert.forFinding( Severity.HIGH, "OBS-01", "GREETING",
				        "diagnosis.alert.criticalAtMinimum", "GREETING" ) );
				end
				""");
		RuleBase withLateAlert = new RuleBaseLoader().load(ContentFolder.fromDirectory(folder));
		RuleScenario scenario = new RuleScenario().comments(KeywordComments.STANDARD)
			.response(3, 2, null, "Waited twenty minutes");

		assertThatThrownBy(() -> RuleEngine.evaluate(withLateAlert.kieBase(), RuleScenario.CATALOGUE.all(),
				Thresholds.DEFAULTS, scenario.audit(), KeywordComments.STANDARD, null, raised -> {
				}))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("changed the alerts after their first firing (1 alerts then, 2 at the end)")
			.hasMessageContaining("docs/rules.md");
		// nothing handed over early: the late alert is the outcome's like any other
		assertThat(RuleEngine.evaluate(withLateAlert.kieBase(), RuleScenario.CATALOGUE.all(), Thresholds.DEFAULTS,
				scenario.audit(), KeywordComments.STANDARD, null).alerts()).hasSize(2);
	}

	private static DefaultAgendaEventListener recording(List<String> fired) {
		return new DefaultAgendaEventListener() {
			@Override
			public void afterMatchFired(AfterMatchFiredEvent event) {
				fired.add(event.getMatch().getRule().getName());
			}
		};
	}

}
