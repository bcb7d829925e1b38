package eu.serviceaudit.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Dates of an audit: the fast reading of plain dates accepts and refuses exactly what the ISO reading does. */
class FieldErrorsDateTests {

	@Test
	void plainDatesAreReadAsTheIsoFormatterReadsThem() {
		for (String date : List.of("2026-10-02", "2024-02-29", "2000-02-29", "2026-12-31", "1999-01-01")) {
			assertThat(FieldErrors.plainDate(date)).as(date).isEqualTo(LocalDate.parse(date));
			FieldErrors errors = new FieldErrors();
			assertThat(errors.date(date, "/observations/0/date")).isEqualTo(LocalDate.parse(date));
		}
	}

	@Test
	void impossibleOrUnusualDatesGetTheSameAnswerAsBefore() {
		for (String date : List.of("2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-02", "26-10-02",
				"2026/10/02", "2026-10-0x", "٢٠٢٦-١٠-٠٢")) {
			assertThat(FieldErrors.plainDate(date)).as(date).isNull();
			FieldErrors errors = new FieldErrors();
			assertThat(errors.date(date, "/observations/0/date")).isNull();
			assertThat(errors.list()).containsExactly(new FieldError("/observations/0/date",
					"must be an ISO-8601 date such as 2026-10-02, was '" + date + "'"));
		}
		FieldErrors padded = new FieldErrors();
		assertThat(padded.date(" 2026-10-02 ", "/date")).isEqualTo(LocalDate.of(2026, 10, 2));
	}

}
