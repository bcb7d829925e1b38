package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.rules.fact.MissingStandard;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.StandardLink;

/**
 * rules/diagnoses/missing-standard.drl and the criterion-links table: a weak standard and the weaknesses it explains
 * are one diagnosis, and the standard's process change ranks directly above the best of their recommendations.
 */
class MissingStandardRulesTests {

	static final String DIAGNOSIS = "A weak organisation criterion linked to other weaknesses is a missing standard that explains them";

	static final String PLACED = "The process change of a missing standard ranks directly above the best-ranked recommendation it explains";

	@Test
	void shouldPlaceTheStandardsProcessChangeDirectlyAboveTheBestRecommendationItExplains() {
		RuleScenario scenario = new RuleScenario().failures("COMMUNICATION_RULES", 1) // isolated org gap
			.failures("TONE_COURTESY", 3) // critical, systemic: explained
			.failures("FAREWELL", 2).passes("FAREWELL", 2) // recurring: explained
			.failures("GREETING", 3) // systemic, not explained by COMMUNICATION_RULES
			.failures("WAIT_TIME", 2).passes("WAIT_TIME", 2);

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.diagnoses()).filteredOn(d -> d instanceof MissingStandard)
			.singleElement()
			.satisfies(d -> assertThat(d.criteria()).containsExactly("COMMUNICATION_RULES", "FAREWELL", "TONE_COURTESY"));
		List<String> order = ranked(outcome);
		assertThat(order.get(0)).isEqualTo("COMMUNICATION_RULES-PROCESS");
		assertThat(order.get(1)).startsWith("TONE_COURTESY-");
		assertThat(scenario.fired()).contains(DIAGNOSIS, PLACED,
				"Without rules for talking with customers tone, warmth and complaint handling drift");
	}

	@Test
	void shouldPlaceTheStandardBelowBetterRankedWeaknessesItDoesNotExplain() {
		RuleScenario scenario = new RuleScenario().failures("SERVICE_STANDARDS", 1)
			.failures("TONE_COURTESY", 3) // critical systemic, not linked to SERVICE_STANDARDS
			.failures("WAIT_TIME", 2).passes("WAIT_TIME", 2); // recurring, linked

		List<String> order = ranked(scenario.run());

		assertThat(order).containsSubsequence("TONE_COURTESY-TRAINING", "SERVICE_STANDARDS-PROCESS",
				"WAIT_TIME-TRAINING");
		assertThat(order.indexOf("WAIT_TIME-TRAINING") - order.indexOf("SERVICE_STANDARDS-PROCESS")).isEqualTo(1);
	}

	@Test
	void shouldMakeNoDiagnosisWhenOnlyTheStandardIsWeak() {
		RuleScenario scenario = new RuleScenario().failures("SERVICE_STANDARDS", 1).passes("GREETING", 3);

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.diagnoses()).isEmpty();
		assertThat(outcome.placements()).isEmpty();
		assertThat(scenario.fired()).doesNotContain(DIAGNOSIS, PLACED);
	}

	@Test
	void shouldLinkEveryOrganisationCriterionOfTheSeedToWhatItExplains() {
		RuleScenario scenario = new RuleScenario();
		RuleScenario.CATALOGUE.all().forEach(c -> scenario.failures(c.code(), 3));

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.diagnoses()).filteredOn(d -> d instanceof MissingStandard)
			.extracting(d -> ((MissingStandard) d).organisation())
			.containsExactlyInAnyOrder("SERVICE_STANDARDS", "COMMUNICATION_RULES", "REGULAR_TRAINING",
					"ONBOARDING_PROGRAM", "CONFLICT_PROCEDURE", "IMPROVEMENT_SESSIONS", "ROOT_CAUSE_LOG",
					"MANAGER_PRESENCE", "ORDER_INSTRUCTIONS");
		assertThat(outcome.diagnoses()).filteredOn(d -> d instanceof MissingStandard)
			.filteredOn(d -> ((MissingStandard) d).organisation().equals("ROOT_CAUSE_LOG"))
			.singleElement()
			.satisfies(d -> assertThat(((MissingStandard) d).explained()).containsExactly("COMPLAINT_HANDLING",
					"FIRST_CONTACT_RESOLUTION", "ORDER_ACCURACY", "PROMISE_KEPT"));
		assertThat(StandardLink.class).isNotNull();
	}

	static List<String> ranked(RuleOutcome outcome) {
		return outcome.proposals()
			.stream()
			.sorted(Comparator.comparingDouble((PrioritisedProposal p) -> -p.priority())
				.thenComparing(p -> p.proposal().code()))
			.map(p -> p.proposal().code() + "-" + p.proposal().kind())
			.toList();
	}

}
