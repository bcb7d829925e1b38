package eu.serviceaudit.advisor.alerts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.serviceaudit.advisor.analysis.AlertKind;
import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Severity;

/**
 * Stored follow-ups and their history. Changes go through {@link #update}: an {@code UPDATE ... WHERE version = ?}
 * that bumps the version, so that a stale edit changes nothing.
 */
@Repository
class AlertFollowUps {

	private static final String COLUMNS = """
			SELECT f.id, f.analysis_id, f.client, f.observation_id, f.location_id, f.criterion, f.kind,
			    f.severity, f.reason, f.due, f.status, f.owner, f.note, f.version
			FROM alert_followups f""";

	/**
	 * Rows per INSERT statement: one statement of many rows costs H2 (and PostgreSQL without the driver's batch
	 * rewriting) one execution instead of one per row; 13 parameters a row keeps a statement well under the
	 * drivers' parameter limits.
	 */
	static final int ROWS_PER_STATEMENT = 100;

	private static final String INSERT = """
			INSERT INTO alert_followups (id, analysis_id, seq, client, observation_id, location_id, criterion, kind,
			    severity, reason, due, status, owner, note, version, created_at, updated_at)
			VALUES """;

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', NULL, NULL, 1, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	/** The wave of a follow-up is its analysis's: asked there, not joined from its table. */
	private final Analyses analyses;

	AlertFollowUps(JdbcClient jdbc, JdbcTemplate batch, Analyses analyses) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.analyses = analyses;
	}

	boolean existFor(String analysisId) {
		return jdbc.sql("SELECT COUNT(*) FROM alert_followups WHERE analysis_id = :a").param("a", analysisId)
			.query(Integer.class).single() > 0;
	}

	/**
	 * Stores new follow-ups, {@value #ROWS_PER_STATEMENT} rows per statement (an analysis may raise hundreds of
	 * alerts; one statement each cost the request an execution per alert, see docs/performance.md).
	 */
	void insertAll(List<NewFollowUp> alerts, Instant now) {
		// java.time values, bound without the Calendar conversions that PostgreSQL's driver makes for every
		// java.sql.Date and Timestamp (three per row); the same wall-clock time in the JVM's zone as Timestamp.from(now)
		LocalDateTime at = LocalDateTime.ofInstant(now, ZoneId.systemDefault());
		if (!alerts.isEmpty() && Boolean.TRUE.equals(batch.execute(
				(ConnectionCallback<Boolean>) connection -> FollowUpCopy.copied(connection, alerts, at)))) {
			return;
		}
		for (int from = 0; from < alerts.size(); from += ROWS_PER_STATEMENT) {
			List<NewFollowUp> rows = alerts.subList(from, Math.min(alerts.size(), from + ROWS_PER_STATEMENT));
			batch.update(insertOf(rows.size()), statement -> {
				int p = 0;
				for (NewFollowUp alert : rows) {
					statement.setString(++p, alert.id());
					statement.setString(++p, alert.analysisId());
					statement.setInt(++p, alert.seq());
					statement.setString(++p, alert.client());
					statement.setString(++p, alert.observationId());
					statement.setString(++p, alert.locationId());
					statement.setString(++p, alert.criterion());
					statement.setString(++p, alert.kind().name());
					statement.setString(++p, alert.severity().name());
					statement.setString(++p, alert.reason());
					statement.setObject(++p, alert.due());
					statement.setObject(++p, at);
					statement.setObject(++p, at);
				}
			});
		}
	}

	/** The INSERT of {@code rows} rows; the statement of a full chunk is always the same text (one cached plan). */
	static String insertOf(int rows) {
		StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT);
		for (int i = 0; i < rows; i++) {
			sql.append(i == 0 ? "" : ", ").append(ROW);
		}
		return sql.toString();
	}

	record NewFollowUp(String id, String analysisId, int seq, String client, String observationId, String locationId,
			String criterion, AlertKind kind, Severity severity, String reason, LocalDate due) {
	}

	/** One page of the worklist, earliest due first, and how many match in all; of the visible clients when given. */
	Page page(AlertFilter filter, Optional<Set<String>> visible, LocalDate today, int limit, int offset) {
		// the follow-ups of archived (replaced, withdrawn) analyses leave the worklist with them
		StringBuilder where = new StringBuilder(" WHERE f.analysis_id NOT IN (:archived)");
		Map<String, Object> params = new HashMap<>();
		params.put("archived", orNone(analyses.archivedIds()));
		visible.ifPresent(clients -> {
			where.append(" AND f.client IN (:visible)");
			params.put("visible", List.copyOf(clients));
		});
		if (filter.client() != null) {
			where.append(" AND f.client = :client");
			params.put("client", filter.client());
		}
		if (filter.status() != null) {
			where.append(" AND f.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.kind() != null) {
			where.append(" AND f.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.location() != null) {
			where.append(" AND f.location_id = :location");
			params.put("location", filter.location());
		}
		if (filter.overdueOnly()) {
			where.append(" AND f.status IN ('OPEN', 'CONTACTED') AND f.due < :today");
			params.put("today", Date.valueOf(today));
		}
		int total = jdbc.sql("SELECT COUNT(*) FROM alert_followups f" + where)
			.params(params)
			.query(Integer.class).single();
		List<FollowUp> items = jdbc.sql(COLUMNS + where
				+ " ORDER BY f.due, f.severity, f.client, f.observation_id, f.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.params(params)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> followUp(rs, today))
			.list();
		return new Page(total, withWaves(items));
	}

	record Page(int total, List<FollowUp> items) {
	}

	Optional<FollowUp> find(String id, LocalDate today) {
		return jdbc.sql(COLUMNS + " WHERE f.id = :id")
			.param("id", id)
			.query((rs, n) -> followUp(rs, today))
			.optional()
			.flatMap(followUp -> withWaves(List.of(followUp)).stream().findFirst());
	}

	/** False when the stored version is no longer {@code expected}. */
	boolean update(String id, int expected, AlertStatus status, String owner, String note, Instant now) {
		return jdbc.sql("""
				UPDATE alert_followups SET status = :status, owner = :owner, note = :note, version = version + 1,
				    updated_at = :now WHERE id = :id AND version = :expected""")
			.param("status", status.name())
			.param("owner", owner)
			.param("note", note)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("expected", expected)
			.update() == 1;
	}

	void addHistory(String id, List<AlertChange> changes) {
		int next = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM alert_history WHERE alert_id = :id").param("id", id)
			.query(Integer.class).single();
		for (AlertChange change : changes) {
			jdbc.sql("""
					INSERT INTO alert_history (alert_id, seq, changed_at, changed_by, field, old_value, new_value)
					VALUES (:id, :seq, :at, :by, :field, :old, :new)""")
				.param("id", id)
				.param("seq", ++next)
				.param("at", Timestamp.from(change.at()))
				.param("by", change.by())
				.param("field", change.field())
				.param("old", change.from())
				.param("new", change.to())
				.update();
		}
	}

	/** The history of each of these follow-ups, newest change first. */
	Map<String, List<AlertChange>> history(List<String> ids) {
		Map<String, List<AlertChange>> history = new HashMap<>();
		if (ids.isEmpty()) {
			return history;
		}
		jdbc.sql("""
				SELECT alert_id, changed_at, changed_by, field, old_value, new_value FROM alert_history
				WHERE alert_id IN (:ids) ORDER BY changed_at DESC, seq DESC""")
			.param("ids", ids)
			.query(rs -> {
				history.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new AlertChange(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6)));
			});
		return history;
	}

	/** Open, contacted and overdue follow-ups per client (for the dashboard). */
	Map<String, int[]> countsPerClient(LocalDate today) {
		Map<String, int[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT f.client,
				    SUM(CASE WHEN f.status = 'OPEN' THEN 1 ELSE 0 END),
				    SUM(CASE WHEN f.status = 'CONTACTED' THEN 1 ELSE 0 END),
				    SUM(CASE WHEN f.status IN ('OPEN', 'CONTACTED') AND f.due < :today THEN 1 ELSE 0 END),
				    COUNT(*)
				FROM alert_followups f WHERE f.analysis_id NOT IN (:archived)
				GROUP BY f.client""")
			.param("today", Date.valueOf(today))
			.param("archived", orNone(analyses.archivedIds()))
			.query(rs -> {
				counts.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) });
			});
		return counts;
	}

	/** The distinct locations of a client's follow-ups (the page's location filter). */
	List<String> locations(String client) {
		var sql = client == null
				? jdbc.sql("SELECT DISTINCT location_id FROM alert_followups WHERE location_id IS NOT NULL ORDER BY location_id")
				: jdbc.sql("""
						SELECT DISTINCT location_id FROM alert_followups WHERE location_id IS NOT NULL AND client = :client
						ORDER BY location_id""").param("client", client);
		return sql.query(String.class).list();
	}

	List<String> clients() {
		return jdbc.sql("SELECT DISTINCT client FROM alert_followups ORDER BY client").query(String.class).list();
	}

	/** The ids for a {@code NOT IN}, which takes no empty list: an id no analysis has stands in for none. */
	static List<String> orNone(Set<String> ids) {
		return ids.isEmpty() ? List.of("") : List.copyOf(ids);
	}

	/** The follow-ups with their analysis's wave; those whose analysis is gone are left out, as a join would. */
	private List<FollowUp> withWaves(List<FollowUp> followUps) {
		Map<String, Analyses.AnalysisHeader> headers = analyses
			.headers(followUps.stream().map(FollowUp::analysisId).collect(Collectors.toSet()));
		return followUps.stream().filter(f -> headers.containsKey(f.analysisId())).map(f -> new FollowUp(f.id(),
				f.analysisId(), f.client(), headers.get(f.analysisId()).wave(), f.observationId(), f.locationId(),
				f.criterion(), f.kind(), f.severity(), f.reason(), f.due(), f.status(), f.owner(), f.note(), f.version(),
				f.overdue())).toList();
	}

	/** A stored follow-up, its wave still to be filled in. */
	private static FollowUp followUp(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = rs.getDate("due").toLocalDate();
		AlertStatus status = AlertStatus.valueOf(rs.getString("status"));
		return new FollowUp(rs.getString("id"), rs.getString("analysis_id"), rs.getString("client"), null,
				rs.getString("observation_id"), rs.getString("location_id"),
				rs.getString("criterion"), AlertKind.valueOf(rs.getString("kind")),
				Severity.valueOf(rs.getString("severity")), rs.getString("reason"), due, status, rs.getString("owner"),
				rs.getString("note"), rs.getInt("version"), status.open() && due.isBefore(today));
	}

}
