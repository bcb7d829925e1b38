package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.rules.fact.SurveyMeasure;

/** rules/scores/survey-scores.drl: NPS, CSAT and CES over the responses that answered each question. */
class SurveyScoresRulesTests {

	static final java.util.Set<String> SURVEY_RULES = java.util.Set.of(
			"Net promoter score is the share of promoters minus the share of detractors",
			"Customer satisfaction is the share of satisfied and very satisfied answers",
			"Customer effort score is the mean effort");

	@Test
	void shouldGiveNoSurveyScoreWithoutResponses() {
		RuleScenario scenario = new RuleScenario().passes("GREETING", 2);

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.surveys()).isEmpty();
		assertThat(scenario.fired()).filteredOn(SURVEY_RULES::contains).isEmpty();
	}

	@Test
	void shouldGiveNps100WhenEveryoneIsAPromoter() {
		RuleOutcome outcome = new RuleScenario().response(9, null, null, null).response(10, null, null, null).run();

		assertThat(outcome.surveys().get(SurveyMeasure.NPS).value()).isEqualTo(100.0);
		assertThat(outcome.surveys()).doesNotContainKeys(SurveyMeasure.CSAT, SurveyMeasure.CES);
	}

	@Test
	void shouldGiveNpsMinus100WhenEveryoneIsADetractor() {
		RuleOutcome outcome = new RuleScenario().response(0, null, null, null).response(6, null, null, null).run();

		assertThat(outcome.surveys().get(SurveyMeasure.NPS).value()).isEqualTo(-100.0);
	}

	@Test
	void shouldCountPassivesOnlyInTheDenominator() {
		// 2 promoters (9, 10), 2 passives (7, 8), 1 detractor (6), 1 without an answer
		RuleScenario scenario = new RuleScenario().response(9, 5, 1, null)
			.response(10, 4, 2, null)
			.response(7, 3, 7, null)
			.response(8, 2, 4, null)
			.response(6, 1, 3, "slow")
			.response(null, null, null, "no scores at all");

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.surveys().get(SurveyMeasure.NPS).value()).isCloseTo(100.0 * (2 - 1) / 5, within(1e-9));
		assertThat(outcome.surveys().get(SurveyMeasure.NPS).responses()).isEqualTo(5);
		assertThat(outcome.surveys().get(SurveyMeasure.CSAT).value()).isCloseTo(100.0 * 2 / 5, within(1e-9));
		assertThat(outcome.surveys().get(SurveyMeasure.CES).value()).isCloseTo((1 + 2 + 7 + 4 + 3) / 5.0, within(1e-9));
		assertThat(scenario.fired()).filteredOn(SURVEY_RULES::contains).containsExactlyInAnyOrderElementsOf(SURVEY_RULES);
	}

	@Test
	void shouldTreatTheCsatAndNpsBoundariesExactly() {
		RuleOutcome outcome = new RuleScenario().response(8, 3, null, null)
			.response(9, 4, null, null)
			.response(7, 3, null, null)
			.response(6, 4, null, null)
			.run();

		assertThat(outcome.surveys().get(SurveyMeasure.NPS).value()).isEqualTo(0.0); // one 9, one 6
		assertThat(outcome.surveys().get(SurveyMeasure.CSAT).value()).isEqualTo(50.0); // 4 counts, 3 does not
	}

}
