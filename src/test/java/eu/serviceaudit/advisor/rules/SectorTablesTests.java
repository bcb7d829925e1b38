package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import eu.serviceaudit.advisor.analysis.AlertKind;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.Sector;
import eu.serviceaudit.advisor.rules.fact.AlertFollowUp;
import eu.serviceaudit.advisor.rules.fact.OwnerRole;

/**
 * The vocabulary tables: rules/recommendations/owner-roles.drl.csv (who owns an action in the sector's words) and
 * rules/alerts/alert-kinds.drl.csv (what an alert asks for and by when).
 */
class SectorTablesTests {

	@ParameterizedTest(name = "{0}: process {1}, coaching {2}")
	@CsvSource({ "RETAIL, OPERATIONS_MANAGER, STORE_MANAGER", "FOOD_SERVICE, OPERATIONS_MANAGER, RESTAURANT_MANAGER",
			"HOSPITALITY, HOTEL_MANAGER, FRONT_OFFICE_MANAGER", "BANKING, BRANCH_NETWORK_MANAGER, BRANCH_MANAGER",
			"CONTACT_CENTRE, CONTACT_CENTRE_MANAGER, TEAM_LEADER", "PUBLIC_SERVICE, HEAD_OF_SERVICE, OFFICE_MANAGER",
			"INTERNAL_SERVICE, SERVICE_OWNER, DEPARTMENT_HEAD" })
	void shouldNameTheOwnersInTheSectorsWords(Sector sector, String process, String coaching) {
		RuleScenario scenario = new RuleScenario().sector(sector)
			.failures("GREETING", 3) // systemic: process change and training
			.failures("FAREWELL", 1).passes("FAREWELL", 4); // isolated: coaching

		Map<String, String> roles = scenario.run()
			.ownerRoles()
			.stream()
			.collect(Collectors.toMap(r -> r.proposal().code() + "-" + r.proposal().kind(), OwnerRole::role));

		assertThat(roles).containsEntry("GREETING-PROCESS", process)
			.containsEntry("GREETING-TRAINING", "TRAINER")
			.containsEntry("FAREWELL-COACHING", coaching);
		if (sector != Sector.RETAIL && sector != Sector.FOOD_SERVICE) {
			assertThat(roles).doesNotContainValue("STORE_MANAGER");
		}
		assertThat(scenario.fired()).filteredOn(name -> name.contains("manager") || name.contains("leader")
				|| name.contains("owner") || name.contains("head") || name.contains("Trainers"))
			.isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Method.class)
	void shouldAskForRecoveryOfARealCustomerAndCoachingAfterAStagedVisit(Method method) {
		RuleScenario scenario = new RuleScenario().finding("TONE_COURTESY", 0, 1, "LOC-1", method, null);

		RuleOutcome outcome = scenario.run();

		boolean customer = method == Method.CUSTOMER_SURVEY || method == Method.INTERNAL_SURVEY
				|| method == Method.COMPLAINT_LOG;
		assertThat(outcome.followUps()).extracting(AlertFollowUp::kind, AlertFollowUp::due, AlertFollowUp::reasonKey)
			.containsExactly(customer
					? tuple(AlertKind.RECOVERY, RuleScenario.DATE.plusDays(2), "diagnosis.alert.criticalAtMinimum.recovery")
					: tuple(AlertKind.COACHING, RuleScenario.DATE.plusDays(7), "diagnosis.alert.criticalAtMinimum.coaching"));
		assertThat(scenario.fired()).contains(customer ? "A real customer who was failed is won back within two days"
				: "A staged or observed visit that failed is talked through with the team within a week");
	}

}
