package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.Weakness;

/**
 * rules/recommendations/priority.drl: whatever the scores, a wider pattern ranks higher at equal criticality and a
 * critical criterion ranks higher at equal pattern.
 */
class PriorityRulesTests {

	/** Critical and not, across scopes, so that weights of different table rows meet. */
	static final List<String> CRITERIA = List.of("TONE_COURTESY", "ORDER_ACCURACY", "COMPLAINT_HANDLING",
			"PROMISE_KEPT", "GREETING", "WAIT_TIME", "FAREWELL", "PREMISES_CLEAN", "WEBSITE_MOBILE",
			"SERVICE_STANDARDS", "INTERNAL_QUALITY");

	@Test
	void shouldRankAWiderPatternAndThenACriticalCriterionHigherWhateverTheFigures() {
		Random random = new Random(20261123);
		int comparisons = 0;
		for (int trial = 0; trial < 60; trial++) {
			RuleScenario scenario = new RuleScenario();
			for (String criterion : CRITERIA) {
				int n = 1 + random.nextInt(12);
				for (int i = 0; i < n; i++) {
					// scores spread over the whole scale, failing ones included
					scenario.finding(criterion, random.nextInt(11), 10, "LOC-" + random.nextInt(4));
				}
			}
			RuleOutcome outcome = scenario.run();
			// the process change of a missing standard is placed above what it explains: the one exception
			java.util.Set<eu.serviceaudit.advisor.rules.fact.Proposal> placed = new java.util.HashSet<>();
			outcome.placements().forEach(p -> placed.add(p.proposal()));
			List<PrioritisedProposal> proposals = new ArrayList<>(outcome.proposals());
			proposals.removeIf(p -> placed.contains(p.proposal()));
			for (PrioritisedProposal a : proposals) {
				assertThat(a.priority()).isBetween(0.0, 1.0);
				for (PrioritisedProposal b : proposals) {
					Weakness wa = a.proposal().weakness();
					Weakness wb = b.proposal().weakness();
					if (wa.critical() == wb.critical() && wa.level() > wb.level()) {
						assertThat(a.priority()).as(wa + " over " + wb).isGreaterThan(b.priority());
						comparisons++;
					}
					if (wa.level() == wb.level() && wa.critical() && !wb.critical()) {
						assertThat(a.priority()).as(wa + " over " + wb).isGreaterThan(b.priority());
						comparisons++;
					}
				}
			}
		}
		assertThat(comparisons).as("the trials compared enough pairs").isGreaterThan(500);
	}

	@Test
	void shouldRankAnAlmostPerfectSystemicCriterionAboveAnIsolatedOneAtZero() {
		// GREETING fails 3 of 5 just below the line (score 0.49) -> systemic with a high mean;
		// FAREWELL fails once at 0 in 1 observation -> isolated with the worst possible figures
		RuleScenario scenario = new RuleScenario().finding("GREETING", 49, 100)
			.finding("GREETING", 49, 100)
			.finding("GREETING", 49, 100)
			.finding("GREETING", 100, 100)
			.finding("GREETING", 100, 100)
			.finding("FAREWELL", 0, 100);

		List<String> order = RecommendationTableTests.ranked(scenario.run())
			.stream()
			.map(p -> p.code() + "-" + p.kind())
			.toList();

		assertThat(order).containsExactly("GREETING-PROCESS", "GREETING-TRAINING", "FAREWELL-COACHING");
		assertThat(scenario.fired()).filteredOn(
				"A proposal ranks by pattern width, criticality and the customers' voice, then by how badly it failed"::equals)
			.hasSize(3);
	}

}
