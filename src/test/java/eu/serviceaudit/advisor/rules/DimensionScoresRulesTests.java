package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.rules.fact.DimensionScore;

/** rules/scores/dimension-scores.drl: dimension and overall scores are means of criterion scores. */
class DimensionScoresRulesTests {

	@Test
	void shouldAverageCriterionScoresNotFindings() {
		// RESPONSIVENESS: GREETING mean 1.0 over 3 findings, WAIT_TIME 0.0 over 1 finding -> 0.5 (not 0.75)
		// EMPATHY: FAREWELL 0.5
		RuleScenario scenario = new RuleScenario().passes("GREETING", 3)
			.finding("WAIT_TIME", 0, 1)
			.finding("FAREWELL", 1, 2);

		RuleOutcome outcome = scenario.run();

		Map<String, Double> dimensions = outcome.dimensions()
			.stream()
			.collect(Collectors.toMap(DimensionScore::dimension, DimensionScore::score));
		assertThat(dimensions).containsOnlyKeys("RESPONSIVENESS", "EMPATHY");
		assertThat(dimensions.get("RESPONSIVENESS")).isCloseTo(0.5, within(1e-12));
		assertThat(dimensions.get("EMPATHY")).isCloseTo(0.5, within(1e-12));
		assertThat(outcome.overall()).hasValueSatisfying(o -> assertThat(o.score()).isCloseTo(0.5, within(1e-12)));
		assertThat(scenario.fired()).filteredOn("A dimension scores the mean of the scores of its assessed criteria"::equals)
			.hasSize(2);
		assertThat(scenario.fired()).filteredOn("The overall score is the mean of all criterion scores"::equals)
			.hasSize(1);
	}

	@Test
	void shouldGiveNoOverallScoreWithoutFindings() {
		RuleOutcome outcome = new RuleScenario().response(9, 5, 1, null).run();

		assertThat(outcome.overall()).isEmpty();
		assertThat(outcome.dimensions()).isEmpty();
	}

}
