package eu.serviceaudit.advisor.waves;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.Observation;
import eu.serviceaudit.advisor.audit.SurveyResponse;

/** The wave figures summed up from an audit alone, before anything is written. */
class AuditTalliesTests {

	@Test
	void sumsPerCriterionPerLocationAndCountsTheSummary() {
		Audit audit = new Audit("Client", "W1", Language.EN,
				List.of(new Audit.Location("TLN", "Tallinn"), new Audit.Location("TRT", "Tartu")),
				List.of(visit("T1", "TLN", LocalDate.of(2026, 10, 3), finding("T1", "TLN", "GREETING", 4),
						finding("T1", "TLN", "FAREWELL", 1)),
						visit("R1", "TRT", null, finding("R1", "TRT", "GREETING", 2)),
						new Observation("S1", Method.CUSTOMER_SURVEY, "TLN", null, LocalDate.of(2026, 10, 9), List.of(),
								List.of(answer("S1", 0, 10, 5), answer("S1", 1, null, 3), answer("S1", 2, 6, null))),
						visit("X1", null, LocalDate.of(2026, 10, 5), finding("X1", null, "GREETING", 3))));

		AuditTallies.Tallied tallied = new AuditTallies().prepare(audit);

		// scores 0–4: normalised 1.0, 0.25, 0.5, 0.75; failing below 0.5
		assertThat(tallied.criteria()).containsExactly(
				java.util.Map.entry("FAREWELL", new Figures(1, 0.25, 0.0625, 1)),
				java.util.Map.entry("GREETING", new Figures(3, 2.25, 1.8125, 0)));
		assertThat(tallied.locationCriteria().get("TLN")).containsExactly(
				java.util.Map.entry("GREETING", new Figures(1, 1.0, 1.0, 0)),
				java.util.Map.entry("FAREWELL", new Figures(1, 0.25, 0.0625, 1)));
		assertThat(tallied.locationCriteria().get("TRT")).containsExactly(
				java.util.Map.entry("GREETING", new Figures(1, 0.5, 0.25, 0)));
		assertThat(tallied.locationCriteria()).containsOnlyKeys("TLN", "TRT");
		assertThat(tallied.locations().values()).containsExactly(
				new LocationFigures("TLN", "Tallinn", 2, new Figures(2, 1.25, 1.0625, 1), 2, 1),
				new LocationFigures("TRT", "Tartu", 1, new Figures(1, 0.5, 0.25, 0), 0, 0));
		assertThat(tallied.observations()).isEqualTo(4);
		assertThat(tallied.findings()).isEqualTo(4);
		assertThat(tallied.responses()).isEqualTo(3);
		assertThat(tallied.latestObservation()).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(tallied.recommend()).containsExactly(10, 6);
	}

	@Test
	void withoutDatesThereIsNoLatestObservation() {
		Audit audit = new Audit("Client", "W1", Language.EN, List.of(),
				List.of(visit("A", null, null, finding("A", null, "GREETING", 4))));
		assertThat(new AuditTallies().prepare(audit).latestObservation()).isNull();
	}

	private static Observation visit(String id, String location, LocalDate date, Finding... findings) {
		return new Observation(id, Method.MYSTERY_SHOP, location, null, date, List.of(findings), List.of());
	}

	private static Finding finding(String observation, String location, String criterion, double score) {
		return new Finding(observation, location, Method.MYSTERY_SHOP, criterion, score, 0, 4, null);
	}

	private static SurveyResponse answer(String observation, int index, Integer recommend, Integer satisfaction) {
		return new SurveyResponse(observation, "TLN", index, recommend, satisfaction, null, null);
	}

}
