package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.rules.fact.Caveat;
import eu.serviceaudit.advisor.rules.fact.SurveyMeasure;
import eu.serviceaudit.advisor.rules.fact.SurveyScore;

/** rules/cautions/survey-cautions.drl and the NPS margin of rules/scores/survey-scores.drl. */
class SurveyCautionsRulesTests {

	static final String SMALL = "An NPS from fewer than 30 answers is a small sample";

	static final String COMPARED = "Answers with both recommend and satisfaction are compared";

	static final String INCONSISTENT = "Recommend and satisfaction answers that hardly agree make the survey inconsistent";

	@Test
	void shouldGiveTheNpsMarginByTheContractsFormulaAndCautionBelowThirtyAnswers() {
		RuleScenario scenario = new RuleScenario();
		for (int i = 0; i < 29; i++) {
			scenario.response(i % 3 == 0 ? 10 : i % 3 == 1 ? 8 : 3, null, null, null);
		}

		RuleOutcome outcome = scenario.run();

		SurveyScore nps = outcome.surveys().get(SurveyMeasure.NPS);
		double plus = 10.0 / 29;
		double minus = 9.0 / 29;
		assertThat(nps.responses()).isEqualTo(29);
		assertThat(nps.margin()).isCloseTo(1.96 * 100 * Math.sqrt((plus + minus - Math.pow(plus - minus, 2)) / 29),
				within(1e-9));
		assertThat(outcome.cautions()).extracting(Caveat::code).containsExactly("SMALL_SAMPLE_NPS");
		assertThat(scenario.fired()).contains(SMALL);

		RuleOutcome thirty = scenario.response(10, null, null, null).run();
		assertThat(thirty.cautions()).isEmpty();
	}

	@Test
	void shouldCautionWhenRecommendAndSatisfactionDisagreeOverTwentyAnswers() {
		RuleScenario scenario = new RuleScenario();
		for (int i = 0; i < 20; i++) {
			// recommend goes up while satisfaction goes down: correlation -1
			scenario.response(i % 11, 5 - i % 5, null, null);
		}

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.cautions()).extracting(Caveat::code).contains("INCONSISTENT_SURVEY");
		assertThat(scenario.fired()).contains(COMPARED, INCONSISTENT);
	}

	@Test
	void shouldNotCautionWhenTheAnswersAgreeOrAreTooFew() {
		RuleScenario agreeing = new RuleScenario();
		for (int i = 0; i < 30; i++) {
			agreeing.response(2 * (i % 5) + 1, i % 5 + 1, null, null);
		}
		assertThat(agreeing.run().cautions()).isEmpty();

		RuleScenario few = new RuleScenario();
		for (int i = 0; i < 19; i++) {
			few.response(i % 11, 5 - i % 5, null, null);
		}
		assertThat(few.run().cautions()).extracting(Caveat::code).containsExactly("SMALL_SAMPLE_NPS");
		assertThat(few.fired()).doesNotContain(INCONSISTENT);
	}

}
