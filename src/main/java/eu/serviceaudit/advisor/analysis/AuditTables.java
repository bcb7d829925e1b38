package eu.serviceaudit.advisor.analysis;

import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Observation;

/**
 * Writes the normalised rows of an audit that something reads, in JDBC batches: the observations (their dates date a
 * wave for the reports). The whole audit, with its findings, locations, survey responses and comments, is kept as
 * {@code audit_json} beside the analysis; the tables {@code audit_locations} and {@code survey_responses} of V10 had
 * no reader and are no longer written, and the {@code findings} rows (one per finding, thousands per audit, read only
 * by the key drivers of one wave) gave way to that document (V82; docs/performance.md has the figures). On PostgreSQL {@code reWriteBatchedInserts=true} in the
 * URL turns each batch into multi-row inserts (docs/operations.md).
 */
@Component
class AuditTables {

	/** Rows per JDBC batch: large enough to amortise the round trips, small enough to bound the driver's buffers. */
	static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	AuditTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String analysisId, Audit audit) {
		List<Observation> observations = audit.observations();
		List<Object[]> observationRows = new ArrayList<>(observations.size());
		for (int i = 0; i < observations.size(); i++) {
			Observation o = observations.get(i);
			observationRows.add(new Object[] { analysisId, o.id(), i, o.method().name(), o.locationId(),
					o.channel() == null ? null : o.channel().name(), o.date() == null ? null : Date.valueOf(o.date()) });
		}
		batch("""
				INSERT INTO observations (analysis_id, observation_id, seq, method, location_id, channel, observed_on)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", observationRows, new int[] { Types.VARCHAR, Types.VARCHAR,
				Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE });
	}

	private void batch(String sql, List<Object[]> rows, int[] types) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
		}
	}

}
