package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.rules.fact.CriterionFigures;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;

/** rules/patterns/criterion-figures.drl: findings become the figures of their criterion. */
class CriterionFiguresRulesTests {

	@Test
	void shouldComputeMeanScoreFailuresRateAndFailingLocationsPerCriterion() {
		RuleScenario scenario = new RuleScenario().finding("GREETING", 0, 4, "TLN")
			.finding("GREETING", 1, 4, "TLN")
			.finding("GREETING", 2, 4, "TRT")
			.finding("GREETING", 4, 4, "PRN")
			.finding("FAREWELL", 3, 4, "TLN");

		Map<String, CriterionFigures> figures = figures(scenario.run());

		CriterionFigures greeting = figures.get("GREETING");
		assertThat(greeting.observations()).isEqualTo(4);
		assertThat(greeting.score()).isCloseTo((0 + 0.25 + 0.5 + 1) / 4, within(1e-12));
		assertThat(greeting.failures()).as("0.5 is on the fail line, not below it").isEqualTo(2);
		assertThat(greeting.failureRate()).isEqualTo(0.5);
		assertThat(greeting.locations()).as("both failures were in TLN").isEqualTo(1);
		assertThat(greeting.failingFindings()).containsExactly("OBS-01/GREETING", "OBS-02/GREETING");
		assertThat(figures.get("FAREWELL").failures()).isZero();
		assertThat(figures).as("criteria nobody assessed have no figures").containsOnlyKeys("GREETING", "FAREWELL");
		assertThat(scenario.fired()).filteredOn(name -> name.startsWith("An assessed criterion scores"))
			.hasSize(2);
		assertThat(scenario.fired()).filteredOn(name -> name.startsWith("A finding below the fail line"))
			.hasSize(2);
	}

	@Test
	void shouldNormaliseEachFindingOnItsOwnScale() {
		RuleScenario scenario = new RuleScenario().finding("WAIT_TIME", 1, 5, "TLN").finding("WAIT_TIME", 0.4, 1, "TRT");

		CriterionFigures wait = figures(scenario.run()).get("WAIT_TIME");

		assertThat(wait.score()).isCloseTo((0.2 + 0.4) / 2, within(1e-12));
		assertThat(wait.failures()).isEqualTo(2);
		assertThat(wait.locations()).isEqualTo(2);
	}

	@Test
	void shouldCountAFindingExactlyOnTheFailLineAsAPass() {
		RuleScenario scenario = new RuleScenario().finding("GREETING", 5, 10).finding("GREETING", 4.999, 10);

		CriterionFigures greeting = figures(scenario.run()).get("GREETING");

		assertThat(greeting.failures()).isEqualTo(1);
		assertThat(greeting.failingFindings()).containsExactly("OBS-02/GREETING");
	}

	static Map<String, CriterionFigures> figures(RuleOutcome outcome) {
		return outcome.criteria()
			.stream()
			.map(CriterionPattern::figures)
			.collect(Collectors.toMap(CriterionFigures::code, Function.identity()));
	}

}
