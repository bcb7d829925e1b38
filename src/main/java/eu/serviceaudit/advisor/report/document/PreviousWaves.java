package eu.serviceaudit.advisor.report.document;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the wave a report compares with: the same client's analysis whose wave date (its latest observation date)
 * is the latest one before this analysis's wave date — never itself, never another analysis of the same wave.
 */
@Component
class PreviousWaves {

	private final JdbcClient jdbc;

	PreviousWaves(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> previousOf(String analysisId, String client, String wave) {
		List<Dated> waves = jdbc.sql("""
				SELECT a.id, a.wave, a.created_at, MAX(o.observed_on) AS wave_date
				FROM analyses a JOIN observations o ON o.analysis_id = a.id
				WHERE a.client = :client
				GROUP BY a.id, a.wave, a.created_at""")
			.param("client", client)
			.query((rs, n) -> new Dated(rs.getString("id"), rs.getString("wave"), date(rs.getDate("wave_date")),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		LocalDate own = waves.stream().filter(w -> w.id().equals(analysisId)).map(Dated::date).findFirst().orElse(null);
		if (own == null) {
			return Optional.empty();
		}
		return waves.stream()
			.filter(w -> !w.id().equals(analysisId) && !w.wave().equals(wave) && w.date() != null && w.date().isBefore(own))
			.max(Comparator.comparing(Dated::date).thenComparing(Dated::createdAt))
			.map(Dated::id);
	}

	private record Dated(String id, String wave, LocalDate date, java.time.Instant createdAt) {
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
