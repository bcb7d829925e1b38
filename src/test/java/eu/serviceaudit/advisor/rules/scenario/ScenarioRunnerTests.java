package eu.serviceaudit.advisor.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.support.RulesFixtures;

/** Reading scenario files and comparing their expectations with the analysis, file and line in every message. */
class ScenarioRunnerTests {

	static final String FILE = "scenarios/test.yaml";

	final ScenarioReader reader = new ScenarioReader();

	final ScenarioRunner runner = new ScenarioRunner(
			new TracingAnalyser(RulesFixtures.CATALOGUE, RulesFixtures.KNOWLEDGE, RulesFixtures.messages()));

	static final String ISOLATED_GREETING = """
			findings:
			  - {observation: MS-01, location: TLN-1, criterion: GREETING, score: 0}
			  - {observation: MS-02, location: TLN-1, criterion: GREETING, score: 1}
			  - {observation: MS-03, location: TLN-1, criterion: GREETING, score: 1}
			""";

	ScenarioResult run(String yaml) {
		ScenarioFile file = reader.read(FILE, yaml);
		assertThat(file.problems()).isEmpty();
		return runner.run(RulesFixtures.rules(), file.scenario());
	}

	@Nested
	class Running {

		@Test
		void shouldPassWhenTheAnalysisShowsWhatIsExpected() {
			ScenarioResult result = run(ISOLATED_GREETING + """
					expect:
					  recommendations:
					    - {criterion: GREETING, kind: COACHING, pattern: ISOLATED, rank: 1, trainingActions: false}
					  weaknesses: {GREETING: ISOLATED}
					  alerts: []
					""");

			assertThat(result.passed()).isTrue();
			assertThat(result.firedRules()).contains("Isolated frontline slip gets coaching within 30 days");
		}

		@Test
		void shouldNameTheLineOfAnExpectationTheAnalysisDoesNotMeetAndWhatItGotInstead() {
			ScenarioResult result = run(ISOLATED_GREETING + """
					expect:
					  recommendations:
					    - {criterion: GREETING, kind: TRAINING}
					""");

			assertThat(result.failures()).singleElement().satisfies(failure -> {
				assertThat(failure.file()).isEqualTo(FILE);
				assertThat(failure.line()).isEqualTo(7);
				assertThat(failure.message()).contains("expected a TRAINING recommendation for GREETING")
					.contains("got COACHING for GREETING")
					.contains("Isolated frontline slip gets coaching within 30 days");
			});
		}

		@Test
		void shouldRefuseARecommendationNobodyExpectedUnlessOthersAreAllowed() {
			String audit = """
					findings:
					  - {observation: MS-01, criterion: GREETING, score: 0}
					  - {observation: MS-01, criterion: FAREWELL, score: 0}
					""";
			String expectGreeting = """
					  recommendations:
					    - {criterion: GREETING, kind: COACHING}
					""";

			assertThat(run(audit + "expect:\n" + expectGreeting).failures()).singleElement()
				.satisfies(f -> assertThat(f.message()).startsWith("unexpected COACHING for FAREWELL"));
			assertThat(run(audit + "expect:\n  otherRecommendations: true\n" + expectGreeting).passed()).isTrue();
		}

		@Test
		void shouldCompareAlertsStrengthsAndSurveyFigures() {
			ScenarioResult result = run("""
					findings:
					  - {observation: MS-01, criterion: FAREWELL, score: 1}
					  - {observation: MS-02, criterion: FAREWELL, score: 1}
					responses:
					  - {observation: CS-01, recommend: 2, comment: "Rude"}
					expect:
					  strengths: [GREETING]
					  alerts:
					    - {observation: CS-01, severity: MEDIUM}
					  summary: {nps: 0}
					""");

			assertThat(result.failures()).extracting(RuleError::message)
				.containsExactlyInAnyOrder("expected strengths [GREETING], got [FAREWELL]",
						"expected an alert on CS-01 of severity MEDIUM; got [HIGH on CS-01 RECOVERY]",
						"unexpected alert HIGH on CS-01 RECOVERY (list it under expect.alerts)", "expected nps 0.0, got -100.00");
		}

		@Test
		void shouldReportAnInvalidAuditByItsJsonPointer() {
			ScenarioResult result = run("""
					findings:
					  - {observation: MS-01, criterion: GREETNG, score: 0}
					expect:
					  recommendations: []
					""");

			assertThat(result.failures()).singleElement()
				.satisfies(f -> assertThat(f.message())
					.isEqualTo("the audit is invalid at /observations/0/findings/0/criterion: unknown criterion 'GREETNG'"));
		}

	}

	@Nested
	class Reading {

		@Test
		void shouldGroupCompactLinesIntoObservationsWithTheirLocations() {
			ScenarioFile file = reader.read(FILE, """
					language: et
					findings:
					  - {observation: MS-01, location: TLN-1, criterion: GREETING, score: 0, max: 2}
					  - {observation: MS-01, location: TLN-1, criterion: FAREWELL, score: 3, min: 1, max: 5}
					  - {observation: SA-01, location: HQ, method: SELF_ASSESSMENT, criterion: SERVICE_STANDARDS, score: 1}
					responses:
					  - {observation: CS-01, location: TLN-1, recommend: 7, effort: 2}
					expect:
					  alerts: []
					""");

			AuditRequest audit = file.scenario().audit();
			assertThat(audit.language()).isEqualTo("et");
			assertThat(audit.locations()).extracting(AuditRequest.LocationInput::id).containsExactly("TLN-1", "HQ");
			assertThat(audit.observations()).extracting(AuditRequest.ObservationInput::id, AuditRequest.ObservationInput::method)
				.containsExactly(org.assertj.core.api.Assertions.tuple("MS-01", "MYSTERY_SHOP"),
						org.assertj.core.api.Assertions.tuple("SA-01", "SELF_ASSESSMENT"),
						org.assertj.core.api.Assertions.tuple("CS-01", "CUSTOMER_SURVEY"));
			assertThat(audit.observations().get(0).findings()).extracting(AuditRequest.FindingInput::max)
				.containsExactly(2.0, 5.0);
			assertThat(audit.observations().get(2).responses()).singleElement()
				.satisfies(r -> assertThat(r.recommend()).isEqualTo(7.0));
			assertThat(file.scenario().name()).isEqualTo("test");
		}

		@Test
		void shouldNameTheLineOfAnUnknownKeyAValueOfTheWrongKindAndAMovedObservation() {
			ScenarioFile file = reader.read(FILE, """
					findings:
					  - {observation: MS-01, location: TLN-1, criterion: GREETING, score: 0}
					  - {observation: MS-01, location: TRT-1, criterion: FAREWELL, score: 0}
					expect:
					  recomendations: []
					  alerts:
					    - {observation: MS-01, severity: URGENT}
					""");

			assertThat(file.readable()).isFalse();
			assertThat(file.problems()).extracting(RuleError::line, RuleError::message)
				.containsExactlyInAnyOrder(
						org.assertj.core.api.Assertions.tuple(3, "observation MS-01 is at TLN-1 by MYSTERY_SHOP in an "
								+ "earlier line; one observation has one location and one method"),
						org.assertj.core.api.Assertions.tuple(5, "unknown key 'recomendations' in expect; expected one of "
								+ "[recommendations, otherRecommendations, weaknesses, strengths, alerts, summary, diagnoses, cautions]"),
						org.assertj.core.api.Assertions.tuple(7, "severity: unknown value 'URGENT', expected one of [HIGH, MEDIUM]"));
		}

		@Test
		void shouldNameTheLineOfBrokenYamlAndAcceptJson() {
			ScenarioFile broken = reader.read(FILE, "findings:\n  - {observation: MS-01, score: [0\nexpect: {}\n");
			ScenarioFile json = reader.read("scenarios/test.json", """
					{"audit": {"language": "lv", "locations": [{"id": "R-1"}],
					  "observations": [{"id": "MS-01", "method": "MYSTERY_SHOP", "locationId": "R-1",
					    "findings": [{"criterion": "GREETING", "score": 0, "max": 1}]}]},
					 "expect": {"recommendations": [{"criterion": "GREETING", "kind": "COACHING"}]}}
					""");

			assertThat(broken.problems()).singleElement().satisfies(p -> {
				assertThat(p.line()).isEqualTo(3);
				assertThat(p.message()).startsWith("not valid YAML");
			});
			assertThat(json.problems()).isEmpty();
			assertThat(runner.run(RulesFixtures.rules(), json.scenario()).passed()).isTrue();
		}

		@Test
		void shouldRequireAnAuditAndExpectations() {
			assertThat(reader.read(FILE, "name: nothing\n").problems()).extracting(RuleError::message)
				.containsExactly("the scenario needs an audit: (the contract's input shape) or findings:/responses:",
						"the scenario has no expect: say what the analysis must show");
		}

	}

}
