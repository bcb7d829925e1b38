package eu.serviceaudit.advisor.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.support.RulesFixtures;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Every scenario file of {@code rules/scenarios/} passes on the rule base of {@code rules/}, reading comments with the
 * knowledge base's vocabulary as the service does: one test per file.
 */
class ScenarioFilesTests {

	static final ContentFolder RULES = ContentFolder.fromDirectory(RulesFixtures.RULES);

	final ScenarioRunner runner = new ScenarioRunner(
			new TracingAnalyser(RulesFixtures.CATALOGUE, RulesFixtures.KNOWLEDGE, RulesFixtures.messages(),
					RulesFixtures.KNOWLEDGE.commentVocabulary()));

	@TestFactory
	Stream<DynamicTest> everyScenarioFilePasses() {
		return new ScenarioReader().readAll(RULES).stream().map(file -> DynamicTest.dynamicTest(file.file(), () -> {
			assertThat(file.problems()).as("%s is readable", file.file()).isEmpty();
			ScenarioResult result = runner.run(RulesFixtures.rules(), file.scenario());
			assertThat(result.failures()).as("%s:%n  %s", file.file(),
					result.failures().stream().map(RuleError::toString).collect(Collectors.joining("\n  ")))
				.isEmpty();
		}));
	}

	@Test
	void shouldHaveScenariosForEveryCaseTheGuideNames() {
		assertThat(new ScenarioReader().readAll(RULES)).extracting(ScenarioFile::file)
			.hasSizeGreaterThanOrEqualTo(8)
			.contains("scenarios/isolated-slip-coaching.yaml", "scenarios/farewell-recurring-training.yaml",
					"scenarios/greeting-systemic.yaml", "scenarios/missing-standard-process.yaml",
					"scenarios/critical-ranks-first.yaml", "scenarios/strengths.yaml",
					"scenarios/detractor-alerts.yaml", "scenarios/survey-only.yaml");
	}

}
