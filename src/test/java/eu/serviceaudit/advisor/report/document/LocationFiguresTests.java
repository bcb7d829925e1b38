package eu.serviceaudit.advisor.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.Observation;
import eu.serviceaudit.advisor.system.Language;

/** The location league table compares like with like and says how many visits stand behind each figure. */
class LocationFiguresTests {

	@Test
	void locationsAreComparedOnTheCriteriaAssessedAtEveryOne() {
		// Tallinn is also assessed on a hard criterion (0 of 1) that Tartu was spared; on the shared criterion Tallinn
		// scores 1.0 and Tartu 0.8: Tallinn must rank first, which a plain mean over all its criteria would not show
		List<Observation> observations = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			observations.add(visit("T" + i, "TLN", finding("T" + i, "TLN", "GREETING", 1), finding("T" + i, "TLN", "PHONE_ANSWERING", 0)));
		}
		observations.add(visit("R0", "TRT", finding("R0", "TRT", "GREETING", 0.8)));
		observations.add(visit("R1", "TRT", finding("R1", "TRT", "GREETING", 0.8)));
		Audit audit = new Audit("Client", "W1", Language.EN,
				List.of(new Audit.Location("TLN", "Tallinn"), new Audit.Location("TRT", "Tartu"), new Audit.Location("PRN", "Pärnu")),
				observations);

		LocationFigures.League league = LocationFigures.of(audit).league(3);

		assertThat(league.onCommonCriteria()).isTrue();
		assertThat(league.commonCriteria()).isEqualTo(1);
		assertThat(league.rows()).extracting(LocationFigures.League.Row::name).containsExactly("Tallinn", "Tartu");
		assertThat(league.rows().get(0).score()).isEqualTo(1.0);
		assertThat(league.rows().get(0).visits()).isEqualTo(3);
		assertThat(league.rows().get(0).few()).isFalse();
		assertThat(league.rows().get(1).visits()).isEqualTo(2);
		assertThat(league.rows().get(1).few()).as("two visits are fewer than three").isTrue();
		assertThat(league.anyFew()).isTrue();
	}

	@Test
	void withoutASharedCriterionEachCriterionCountsEqually() {
		Audit audit = new Audit("Client", "W1", Language.EN,
				List.of(new Audit.Location("A", "A"), new Audit.Location("B", "B")),
				List.of(visit("A1", "A", finding("A1", "A", "GREETING", 1), finding("A1", "A", "FAREWELL", 0)),
						visit("B1", "B", finding("B1", "B", "WAIT_TIME", 0.75))));

		LocationFigures.League league = LocationFigures.of(audit).league(3);

		assertThat(league.onCommonCriteria()).isFalse();
		assertThat(league.rows()).extracting(LocationFigures.League.Row::name).containsExactly("B", "A");
		assertThat(league.rows().get(1).score()).isEqualTo(0.5);
	}

	private static Observation visit(String id, String location, Finding... findings) {
		return new Observation(id, Method.MYSTERY_SHOP, location, null, LocalDate.of(2026, 10, 1), List.of(findings),
				List.of());
	}

	private static Finding finding(String observation, String location, String criterion, double score) {
		return new Finding(observation, location, Method.MYSTERY_SHOP, criterion, score, 0, 1, null);
	}

}
