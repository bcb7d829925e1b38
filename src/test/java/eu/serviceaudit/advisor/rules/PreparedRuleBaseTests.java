package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.support.RulesFixtures;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The start reads the rule base the build compiled (and skips the check it passed) for exactly the build's rules and
 * knowledge base; anything else is compiled and checked as before. Needs the build's {@code prepared-rules/} in
 * the classes (written at {@code process-classes}, before Maven runs the tests).
 */
class PreparedRuleBaseTests {

	final ContentFolder rules = ContentFolder.fromDirectory(RulesFixtures.RULES);

	final String knowledgeBase = ContentFolder.fromDirectory(RulesFixtures.KNOWLEDGE_BASE).contentHash();

	@Test
	void shouldServeTheBundledRulesAsTheBuildCompiledThemWithTheSameRulesAndOutcomes() {
		KieBase prepared = PreparedRuleBase.of(rules.only(RuleBaseLoader::isRuleFile).digest()).orElseThrow();
		RuleBase compiled = new RuleBaseLoader().compile(rules);
		RuleBase loaded = new RuleBaseLoader().load(rules);

		assertThat(loaded.kieBase()).isNotSameAs(compiled.kieBase());
		assertThat(ruleNames(prepared)).isEqualTo(ruleNames(compiled.kieBase()));
		assertThat(loaded.version()).isEqualTo(compiled.version());
		assertThat(loaded.rules()).isEqualTo(compiled.rules());
		assertThat(CurrentRuleBaseTests.horizonOfAnIsolatedOrganisationGap(loaded)).isEqualTo(Horizon.DAYS_90);
	}

	@Test
	void shouldCompileRuleFilesChangedSinceTheBuild() {
		Path copy = RulesFixtures.copyOfRules();
		RulesFixtures.edit(copy, "recommendations/recommendation-table.drl.csv",
				CurrentRuleBaseTests.ROW + ",ORGANISATION,ISOLATED,,,PROCESS,90_DAYS",
				CurrentRuleBaseTests.ROW + ",ORGANISATION,ISOLATED,,,PROCESS,30_DAYS");
		ContentFolder changed = ContentFolder.fromDirectory(copy);

		assertThat(PreparedRuleBase.of(changed.only(RuleBaseLoader::isRuleFile).digest())).isEmpty();
		assertThat(CurrentRuleBaseTests.horizonOfAnIsolatedOrganisationGap(new RuleBaseLoader().load(changed)))
			.isEqualTo(Horizon.DAYS_30);
	}

	@Test
	void shouldTrustTheBuildsCheckOnlyForTheVeryRulesFolderAndKnowledgeBaseItChecked() {
		Path copy = RulesFixtures.copyOfRules();
		RulesFixtures.write(copy, "scenarios/notes.md", "a note changes no rule, but the folder is not the build's");

		assertThat(PreparedRuleBase.checkPassed(rules.digest(), knowledgeBase)).isTrue();
		assertThat(PreparedRuleBase.checkPassed(ContentFolder.fromDirectory(copy).digest(), knowledgeBase)).isFalse();
		assertThat(PreparedRuleBase.checkPassed(rules.digest(), "0123456789ab")).isFalse();
	}

	private static Set<String> ruleNames(KieBase kieBase) {
		Set<String> names = new TreeSet<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				names.add(pkg.getName() + "/" + rule.getName());
			}
		}
		return names;
	}

}
