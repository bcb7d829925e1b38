package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.rules.fact.Caveat;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.Weakness;

/**
 * rules/comments/negative-comments.drl, rules/patterns/customer-voice.drl and the voice rules of classification.drl
 * and cautions/contradicted-strength.drl: which comments are read, what they name, and what the customers' voice
 * changes.
 */
class CustomerVoiceRulesTests {

	static final String READ_FINDING = "The comment of a failing finding is read for the criteria it names";

	static final String READ_ANSWER = "The comment of an answer recommending 6 or lower or satisfied 2 or lower is read for the criteria it names";

	static final String VOICE = "The voice of a criterion counts the negative comments that name it";

	static final String HEARD_UNASSESSED = "Criterion no finding assessed that three or more negative comments name is a weakness of the customers' voice";

	static final String HEARD_PASSING = "Criterion without failures that three or more negative comments name is the customers' voice";

	static final String CONTRADICTED = "A strength that two or more negative comments name is contradicted";

	@Test
	void shouldReadOnlyTheCommentsOfFailingFindingsAndUnhappyAnswers() {
		RuleScenario scenario = new RuleScenario().comments(KeywordComments.STANDARD)
			.finding("GREETING", 0, 1, "LOC-1", eu.serviceaudit.advisor.audit.Method.MYSTERY_SHOP,
					"Nobody greeted me, and the queue was long") // failing: read, names GREETING and WAIT_TIME
			.finding("GREETING", 1, 1, "LOC-1", eu.serviceaudit.advisor.audit.Method.MYSTERY_SHOP,
					"Greeted at once, no queue") // passing: not read
			.response(6, 3, null, "Long wait at the till") // detractor: read
			.response(9, 2, null, "The queue again") // dissatisfied: read
			.response(8, 4, null, "I had to wait a little"); // content: not read

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.voices()).extracting(v -> v.code() + "=" + v.comments())
			.containsExactlyInAnyOrder("GREETING=1", "WAIT_TIME=3");
		assertThat(scenario.fired()).filteredOn(READ_FINDING::equals).hasSize(1);
		assertThat(scenario.fired()).filteredOn(READ_ANSWER::equals).hasSize(2);
		assertThat(scenario.fired()).contains(VOICE, HEARD_UNASSESSED);
	}

	@Test
	void shouldMakeACriterionNoFindingAssessedAWeaknessOfTheVoiceWithNullFiguresAndSoonRecommendations() {
		RuleScenario scenario = new RuleScenario().comments(KeywordComments.STANDARD)
			.response(3, 2, null, "Waited twenty minutes")
			.response(5, 2, null, "The queue did not move")
			.response(6, 3, null, "Too long a wait")
			.response(4, 3, null, "Staff were rude"); // one voice for TONE_COURTESY: not enough

		RuleOutcome outcome = scenario.run();

		Weakness waiting = weakness(outcome, "WAIT_TIME");
		assertThat(waiting.pattern()).isEqualTo(Pattern.CUSTOMER_VOICE);
		assertThat(waiting.score()).isNull();
		assertThat(waiting.failureRate()).isNull();
		assertThat(waiting.voice()).isEqualTo(3);
		assertThat(waiting.comments()).containsExactly("Waited twenty minutes", "The queue did not move",
				"Too long a wait");
		assertThat(outcome.weaknesses()).extracting(Weakness::code).containsExactly("WAIT_TIME");
		assertThat(outcome.proposals()).extracting(p -> p.proposal().code()).containsOnly("WAIT_TIME");
		assertThat(outcome.proposals()).extracting(p -> p.proposal().horizon())
			.allMatch(h -> h == Horizon.NOW || h == Horizon.DAYS_30);
		assertThat(scenario.fired()).contains(HEARD_UNASSESSED,
				"Frontline criterion the customers keep naming gets team training within 30 days");
	}

	@Test
	void shouldHearAPassingCriterionAndCautionAgainstPraisingAContradictedStrength() {
		RuleScenario scenario = new RuleScenario().comments(KeywordComments.STANDARD)
			.passes("WAIT_TIME", 3) // a strength by the findings
			.passes("GREETING", 2)
			.response(3, 2, null, "Long wait")
			.response(5, 2, null, "Queue")
			.response(2, 1, null, "Nobody greeted me")
			.response(4, 1, null, "No greeting at all");

		RuleOutcome outcome = scenario.run();

		assertThat(patterns(outcome)).containsEntry("GREETING", Pattern.NONE).containsEntry("WAIT_TIME", Pattern.NONE);
		assertThat(outcome.cautions()).extracting(Caveat::code, Caveat::criterion)
			.containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("CONTRADICTED_STRENGTH", "WAIT_TIME"),
					org.assertj.core.api.Assertions.tuple("CONTRADICTED_STRENGTH", "GREETING"),
					org.assertj.core.api.Assertions.tuple("SMALL_SAMPLE_NPS", null));
		assertThat(scenario.fired()).filteredOn(CONTRADICTED::equals).hasSize(2);

		RuleOutcome louder = scenario.response(1, 1, null, "The queue, again").run();

		assertThat(patterns(louder)).containsEntry("WAIT_TIME", Pattern.CUSTOMER_VOICE);
		assertThat(weakness(louder, "WAIT_TIME").score()).isEqualTo(1.0);
		assertThat(scenario.fired()).contains(HEARD_PASSING);
	}

	@Test
	void shouldRankALoudWeaknessAboveQuietOnesOfTheSamePatternAndBringItForward() {
		// two recurring frontline weaknesses, 2 of 4 failures each, spread over locations; customers name waiting
		RuleScenario scenario = new RuleScenario().comments(KeywordComments.STANDARD)
			.finding("FAREWELL", 0, 1, "LOC-1").finding("FAREWELL", 0, 1, "LOC-2")
			.finding("FAREWELL", 1, 1, "LOC-1").finding("FAREWELL", 1, 1, "LOC-2")
			.finding("WAIT_TIME", 0, 1, "LOC-1").finding("WAIT_TIME", 0, 1, "LOC-2")
			.finding("WAIT_TIME", 1, 1, "LOC-1").finding("WAIT_TIME", 1, 1, "LOC-2")
			.response(3, 2, null, "waited")
			.response(3, 2, null, "waited so long")
			.response(3, 2, null, "wait wait wait");

		RuleOutcome outcome = scenario.run();

		Map<String, PrioritisedProposal> byCode = outcome.proposals()
			.stream()
			.collect(Collectors.toMap(p -> p.proposal().code(), p -> p));
		assertThat(byCode.get("WAIT_TIME").priority()).isGreaterThan(byCode.get("FAREWELL").priority());
		assertThat(weakness(outcome, "WAIT_TIME").loud()).isTrue();
		assertThat(weakness(outcome, "FAREWELL").loud()).isFalse();
	}

	static Weakness weakness(RuleOutcome outcome, String code) {
		return outcome.weaknesses().stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
	}

	static Map<String, Pattern> patterns(RuleOutcome outcome) {
		return outcome.criteria().stream().collect(Collectors.toMap(CriterionPattern::code, CriterionPattern::pattern));
	}

}
