package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.analysis.Severity;
import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;

/** rules/alerts/recovery-alerts.drl: which answers and findings raise an alert. */
class RecoveryAlertsRulesTests {

	@Test
	void shouldAlertForDetractorsWithACommentOnly() {
		RuleScenario scenario = new RuleScenario().response(3, null, null, "Rude staff") // CS-01 HIGH
			.response(4, null, null, "Slow") // CS-02 MEDIUM
			.response(6, null, null, "Meh") // CS-03 MEDIUM
			.response(7, null, null, "Fine") // passive: no alert
			.response(2, null, null, "  ") // blank comment: no alert
			.response(0, null, null, null); // no comment: no alert

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.alerts()).extracting(RecoveryAlert::observationId, RecoveryAlert::severity,
				RecoveryAlert::criterion)
			.containsExactlyInAnyOrder(tuple("CS-01", Severity.HIGH, null), tuple("CS-02", Severity.MEDIUM, null),
					tuple("CS-03", Severity.MEDIUM, null));
		assertThat(scenario.fired()).filteredOn(name -> name.contains("recovery")).containsExactlyInAnyOrder(
				"Response recommending us 3 or lower with a comment needs urgent recovery",
				"Response recommending us 4 to 6 with a comment needs recovery",
				"Response recommending us 4 to 6 with a comment needs recovery");
	}

	@Test
	void shouldAlertForACriticalCriterionAtItsMinimumOnly() {
		RuleScenario scenario = new RuleScenario().finding("TONE_COURTESY", 0, 2) // OBS-01 critical at min
			.finding("TONE_COURTESY", 0.5, 2) // OBS-02 low but above min
			.finding("GREETING", 0, 1); // OBS-03 at min but not critical

		RuleOutcome outcome = scenario.run();

		assertThat(outcome.alerts()).extracting(RecoveryAlert::observationId, RecoveryAlert::severity,
				RecoveryAlert::criterion, RecoveryAlert::reasonKey)
			.containsExactly(tuple("OBS-01", Severity.HIGH, "TONE_COURTESY", "diagnosis.alert.criticalAtMinimum"));
		assertThat(scenario.fired()).filteredOn(name -> name.contains("recovery")).containsExactly(
				"Critical criterion at its minimum score needs urgent recovery");
	}

	@Test
	void shouldRaiseOneAlertPerResponseEvenWhenTwoSayTheSame() {
		RuleScenario scenario = new RuleScenario();
		scenario.response(5, null, null, "Queue too long").response(5, null, null, "Queue too long");

		assertThat(scenario.run().alerts()).hasSize(2);
	}

}
