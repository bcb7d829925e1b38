package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;
import eu.serviceaudit.advisor.rules.fact.Strength;
import eu.serviceaudit.advisor.rules.fact.Weakness;

/** rules/patterns/classification.drl: figures become a pattern, a pattern a weakness, a clean record a strength. */
class ClassificationRulesTests {

	static final String SYSTEMIC = "Criterion with three or more failures in at least 60% of its observations is systemic";

	static final String RECURRING = "Criterion with two or more failures in at least 30% of its observations that is not systemic is recurring";

	static final String ISOLATED = "Criterion with a failure that is neither systemic nor recurring is isolated";

	static final String NONE = "Criterion without failures, not below standard and not named by the customers has no pattern";

	@ParameterizedTest(name = "{0} failures in {1} observations -> {2}")
	@CsvSource({
			"3, 5, SYSTEMIC", // 3 failures at exactly 60%
			"3, 6, RECURRING", // 3 failures at 50%: not systemic
			"2, 2, RECURRING", // 100% but only 2 failures: never systemic
			"4, 5, SYSTEMIC",
			"3, 10, RECURRING", // exactly 30%
			"2, 7, ISOLATED", // 2 failures at 28.6%
			"3, 11, ISOLATED", // 27.3%
			"2, 6, RECURRING", // 33%
			"1, 1, ISOLATED", // one bad visit is a snapshot, not a verdict
			"1, 10, ISOLATED",
			"0, 5, NONE" })
	void shouldClassifyAtThePatternBoundaries(int failures, int observations, Pattern expected) {
		RuleScenario scenario = new RuleScenario().failures("GREETING", failures)
			.passes("GREETING", observations - failures);

		RuleOutcome outcome = scenario.run();

		assertThat(patterns(outcome)).containsEntry("GREETING", expected);
		String rule = switch (expected) {
			case SYSTEMIC -> SYSTEMIC;
			case RECURRING -> RECURRING;
			case ISOLATED -> ISOLATED;
			case NONE -> NONE;
			default -> throw new IllegalArgumentException("not a section-5 pattern: " + expected);
		};
		assertThat(scenario.fired()).contains(rule);
		assertThat(scenario.fired()).filteredOn(name -> java.util.Set.of(SYSTEMIC, RECURRING, ISOLATED, NONE).contains(name))
			.as("exactly one classification rule fires per criterion")
			.containsExactly(rule);
	}

	@Test
	void shouldMakeEveryPatternButNoneAWeaknessWithItsFailingFindings() {
		RuleScenario scenario = new RuleScenario().failures("GREETING", 3)
			.failures("FAREWELL", 2)
			.passes("FAREWELL", 2)
			.failures("WAIT_TIME", 1)
			.passes("WAIT_TIME", 5)
			.passes("PRODUCT_KNOWLEDGE", 3);

		RuleOutcome outcome = scenario.run();

		Map<String, Weakness> weaknesses = outcome.weaknesses()
			.stream()
			.collect(Collectors.toMap(Weakness::code, w -> w));
		assertThat(weaknesses).containsOnlyKeys("GREETING", "FAREWELL", "WAIT_TIME");
		assertThat(weaknesses.get("GREETING").pattern()).isEqualTo(Pattern.SYSTEMIC);
		assertThat(weaknesses.get("GREETING").level()).isGreaterThan(weaknesses.get("FAREWELL").level())
			.isGreaterThan(weaknesses.get("WAIT_TIME").level());
		assertThat(weaknesses.get("GREETING").failingFindings()).containsExactly("OBS-01/GREETING",
				"OBS-02/GREETING", "OBS-03/GREETING");
		assertThat(weaknesses.get("FAREWELL").pattern()).isEqualTo(Pattern.RECURRING);
		assertThat(weaknesses.get("FAREWELL").failureRate()).isEqualTo(0.5);
		assertThat(weaknesses.get("WAIT_TIME").pattern()).isEqualTo(Pattern.ISOLATED);
		assertThat(scenario.fired()).filteredOn("Criterion with a pattern is a weakness"::equals).hasSize(3);
	}

	@ParameterizedTest(name = "n={0}, scores {1} -> strength {2}")
	@CsvSource({
			"2, '0.85 0.85', true", // exactly on the 0.85 line with the minimum 2 observations
			"2, '0.9 0.79', false", // mean 0.845
			"1, '1.0', false", // one observation is not enough
			"3, '1.0 1.0 1.0', true",
			"3, '1.0 1.0 0.49', false" }) // a failure rules it out even with a high mean
	void shouldFindStrengthsAtTheStrengthLine(int n, String scores, boolean strength) {
		RuleScenario scenario = new RuleScenario();
		for (String score : scores.split(" ")) {
			scenario.finding("PRODUCT_KNOWLEDGE", Double.parseDouble(score) * 100, 100);
		}

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.strengths().stream().map(Strength::code).toList())
			.isEqualTo(strength ? java.util.List.of("PRODUCT_KNOWLEDGE") : java.util.List.of());
		assertThat(scenario.fired().contains(
				"Criterion assessed often enough without a failure and scoring high is a strength"))
			.isEqualTo(strength);
	}

	@Test
	void shouldUseTheThresholdsItIsGiven() {
		RuleScenario scenario = new RuleScenario().failures("GREETING", 2).passes("GREETING", 1);

		RuleOutcome stricter = scenario.run(eu.serviceaudit.advisor.rules.fact.Thresholds.DEFAULTS.withPatterns(0.5, 2, 0.6, 2,
				0.3, 2, 0.85));

		assertThat(patterns(stricter)).containsEntry("GREETING", Pattern.SYSTEMIC);
	}

	static Map<String, Pattern> patterns(RuleOutcome outcome) {
		return outcome.criteria()
			.stream()
			.collect(Collectors.toMap(CriterionPattern::code, CriterionPattern::pattern));
	}

}
