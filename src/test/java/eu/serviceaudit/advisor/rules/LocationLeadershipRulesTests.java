package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.audit.Sector;
import eu.serviceaudit.advisor.rules.fact.LeadershipGap;
import eu.serviceaudit.advisor.rules.fact.OwnerRole;
import eu.serviceaudit.advisor.rules.fact.Proposal;

/**
 * rules/diagnoses/location-leadership.drl: a location far below the others with failures in several criteria gets
 * floor-leadership coaching of its manager, owned by whoever leads that manager in the sector.
 */
class LocationLeadershipRulesTests {

	static final String GAP = "A location well below the others with failures in three or more criteria has a leadership gap";

	static final String COACHING = "A location with a leadership gap gets floor-leadership coaching of its manager";

	/** TRT-1: two visits failing greeting, farewell and needs discovery; TLN-1: three clean visits. */
	static RuleScenario weakBranch() {
		RuleScenario scenario = new RuleScenario();
		for (String criterion : new String[] { "GREETING", "FAREWELL", "NEEDS_DISCOVERY" }) {
			scenario.failuresAt(criterion, 1, "TRT-1").passesAt(criterion, 1, "TLN-1");
		}
		return scenario;
	}

	@Test
	void shouldDiagnoseALeadershipGapAndCoachTheManagerThere() {
		RuleScenario scenario = weakBranch().sector(Sector.BANKING);

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.diagnoses()).filteredOn(d -> d instanceof LeadershipGap)
			.singleElement()
			.satisfies(d -> {
				LeadershipGap gap = (LeadershipGap) d;
				assertThat(gap.location()).isEqualTo("TRT-1");
				assertThat(gap.mean()).isEqualTo(0.0);
				assertThat(gap.othersMean()).isEqualTo(1.0);
				assertThat(gap.failingCriteria()).containsExactly("FAREWELL", "GREETING", "NEEDS_DISCOVERY");
			});
		Proposal coaching = outcome.proposals()
			.stream()
			.map(p -> p.proposal())
			.filter(p -> p.code().equals("MANAGER_PRESENCE"))
			.findFirst()
			.orElseThrow();
		assertThat(coaching.kind()).isEqualTo(RecommendationKind.COACHING);
		assertThat(coaching.location()).isEqualTo("TRT-1");
		assertThat(coaching.horizon()).isEqualTo(Horizon.DAYS_30);
		assertThat(outcome.ownerRoles()).filteredOn(r -> r.proposal().equals(coaching))
			.extracting(OwnerRole::role)
			.containsExactly("REGIONAL_MANAGER");
		assertThat(scenario.fired()).contains(GAP, COACHING);
	}

	@Test
	void shouldNotBlameTheLeadershipForFailuresInTwoCriteriaOnly() {
		RuleScenario scenario = new RuleScenario();
		for (String criterion : new String[] { "GREETING", "FAREWELL" }) {
			scenario.failuresAt(criterion, 2, "TRT-1").passesAt(criterion, 2, "TLN-1");
		}

		assertThat(scenario.run().diagnoses()).noneMatch(d -> d instanceof LeadershipGap);
		assertThat(scenario.fired()).doesNotContain(GAP, COACHING);
	}

	@Test
	void shouldNeedTwoObservationsAtTheLocation() {
		RuleScenario scenario = new RuleScenario();
		scenario.finding("GREETING", 0, 1, "TRT-1"); // one visit: a snapshot
		for (String criterion : new String[] { "GREETING", "FAREWELL", "NEEDS_DISCOVERY" }) {
			scenario.passesAt(criterion, 2, "TLN-1");
		}

		assertThat(scenario.run().diagnoses()).noneMatch(d -> d instanceof LeadershipGap);
	}

}
