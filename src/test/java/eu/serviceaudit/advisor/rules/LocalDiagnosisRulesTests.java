package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.rules.fact.DiagnosisFact;
import eu.serviceaudit.advisor.rules.fact.LocalWeakness;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;

/**
 * rules/diagnoses/local.drl and rules/recommendations/focus.drl: a weakness one location carries is acted on there
 * only, by that location's team.
 */
class LocalDiagnosisRulesTests {

	static final String COUNTED = "A criterion failing often enough to be local is counted at each location where it failed that often";

	static final String LOCAL = "A weakness failing at one location and hardly anywhere else is local to that location";

	static final String AT_LOCATION = "A local weakness is acted on at its location";

	static final String EVERYWHERE = "A weakness that is not local is acted on everywhere";

	@Test
	void shouldActOnAWeaknessOneLocationCarriesThereOnlyWithTrainingOfThatTeam() {
		// TRT-1 fails farewell 3 of 3; Tallinn and Pärnu pass it 4 times: systemic overall (3 of 7 is 43 %: recurring)
		RuleScenario scenario = new RuleScenario().failuresAt("FAREWELL", 3, "TRT-1")
			.passesAt("FAREWELL", 2, "TLN-1")
			.passesAt("FAREWELL", 2, "PRN-1");

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.diagnoses()).extracting(DiagnosisFact::kind, DiagnosisFact::criteria,
				DiagnosisFact::locations)
			.containsExactly(tuple("LOCAL", java.util.List.of("FAREWELL"), java.util.List.of("TRT-1")));
		LocalWeakness local = (LocalWeakness) outcome.diagnoses().get(0);
		assertThat(local.figures().failures()).isEqualTo(3);
		assertThat(local.figures().othersObservations()).isEqualTo(4);
		assertThat(outcome.proposals()).extracting(p -> p.proposal().kind(), p -> p.proposal().location())
			.containsExactly(tuple(RecommendationKind.TRAINING, "TRT-1"));
		assertThat(scenario.fired()).contains(COUNTED, LOCAL, AT_LOCATION).doesNotContain(EVERYWHERE);
	}

	@Test
	void shouldGiveCoachingAtTheLocationForAnIsolatedLocalWeaknessAndNoProcessForEverybody() {
		// 2 failures at one location among 10 observations: isolated (20 %), yet clearly that location's
		RuleScenario scenario = new RuleScenario().failuresAt("GREETING", 2, "TRT-1")
			.passesAt("GREETING", 1, "TRT-1")
			.passesAt("GREETING", 7, "TLN-1");

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.proposals()).extracting(PrioritisedProposal::proposal)
			.extracting(p -> p.kind(), p -> p.location(), p -> p.rule())
			.containsExactly(tuple(RecommendationKind.COACHING, "TRT-1",
					"Frontline slips at one location get coaching there within 30 days"));
	}

	@Test
	void shouldKeepAWeaknessSharedByOtherLocationsForEverybody() {
		// TRT-1 fails 2 of 2, but Tallinn fails 1 of 4 (25 %, above the 20 % the others may fail)
		RuleScenario scenario = new RuleScenario().failuresAt("GREETING", 2, "TRT-1")
			.failuresAt("GREETING", 1, "TLN-1")
			.passesAt("GREETING", 3, "TLN-1");

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.diagnoses()).isEmpty();
		assertThat(outcome.proposals()).extracting(p -> p.proposal().location()).containsOnlyNulls();
		assertThat(scenario.fired()).contains(COUNTED, EVERYWHERE).doesNotContain(LOCAL, AT_LOCATION);
	}

	@Test
	void shouldNeedTwoObservationsElsewhereBeforeCallingAWeaknessLocal() {
		RuleScenario scenario = new RuleScenario().failuresAt("GREETING", 3, "TRT-1").passesAt("GREETING", 1, "TLN-1");

		assertThat(scenario.run().diagnoses()).isEmpty();
		assertThat(scenario.fired()).doesNotContain(LOCAL);
	}

}
