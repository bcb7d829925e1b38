package eu.serviceaudit.advisor.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored reports. A write first claims the next version ({@link #claim} or {@link #insert}); the claimed row is
 * held until the transaction ends, so two writers on one version cannot both succeed.
 */
@Repository
class Reports {

	private final JdbcClient jdbc;

	Reports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReportState> find(String analysisId) {
		return jdbc.sql("SELECT * FROM reports WHERE analysis_id = :id")
			.param("id", analysisId)
			.query((rs, n) -> new ReportState(ReportStatus.valueOf(rs.getString("status")), rs.getInt("version"),
					rs.getString("summary"), headline(analysisId), edits(analysisId), notes(analysisId),
					instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"),
					instant(rs.getTimestamp("published_at")), rs.getString("published_by")))
			.optional();
	}

	/** The first write of a report; false when another writer stored it first. */
	boolean insert(String analysisId, ReportState state) {
		try {
			jdbc.sql("""
					INSERT INTO reports (analysis_id, status, version, summary, created_at, updated_at, updated_by,
					    published_at, published_by)
					VALUES (:id, :status, :version, :summary, :now, :now, :by, :publishedAt, :publishedBy)""")
				.param("id", analysisId)
				.params(columns(state))
				.update();
			return true;
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
	}

	/** Stores the state when the stored version is still {@code expected}; false when it is not. */
	boolean claim(String analysisId, int expected, ReportState state) {
		return jdbc.sql("""
				UPDATE reports SET status = :status, version = :version, summary = :summary, updated_at = :now,
				    updated_by = :by, published_at = :publishedAt, published_by = :publishedBy
				WHERE analysis_id = :id AND version = :expected""")
			.param("id", analysisId)
			.param("expected", expected)
			.params(columns(state))
			.update() == 1;
	}

	/** Replaces the headline, the recommendation edits and the notes with those of {@code state}. */
	void replaceChoices(String analysisId, ReportState state) {
		for (String table : List.of("report_headline", "report_recommendations", "report_location_notes")) {
			jdbc.sql("DELETE FROM " + table + " WHERE analysis_id = :id").param("id", analysisId).update();
		}
		for (int i = 0; i < state.headline().size(); i++) {
			jdbc.sql("INSERT INTO report_headline (analysis_id, position, recommendation_id) VALUES (:id, :position, :rec)")
				.param("id", analysisId)
				.param("position", i + 1)
				.param("rec", state.headline().get(i))
				.update();
		}
		state.edits().forEach((recommendationId, edit) -> {
			if (edit.untouched()) {
				return;
			}
			jdbc.sql("""
					INSERT INTO report_recommendations (analysis_id, recommendation_id, title, text, hidden,
					    hidden_reason, merged_into)
					VALUES (:id, :rec, :title, :text, :hidden, :reason, :mergedInto)""")
				.param("id", analysisId)
				.param("rec", recommendationId)
				.param("title", edit.title())
				.param("text", edit.text())
				.param("hidden", edit.hidden())
				.param("reason", edit.hiddenReason())
				.param("mergedInto", edit.mergedInto())
				.update();
		});
		state.notes().forEach((locationId, note) -> jdbc
			.sql("INSERT INTO report_location_notes (analysis_id, location_id, note) VALUES (:id, :location, :note)")
			.param("id", analysisId)
			.param("location", locationId)
			.param("note", note)
			.update());
	}

	void addHistory(String analysisId, int version, String action, String user, Instant at, String changesJson) {
		jdbc.sql("""
				INSERT INTO report_history (analysis_id, version, action, changed_by, changed_at, changes)
				VALUES (:id, :version, :action, :by, :at, :changes)""")
			.param("id", analysisId)
			.param("version", version)
			.param("action", action)
			.param("by", user)
			.param("at", Timestamp.from(at))
			.param("changes", changesJson)
			.update();
	}

	/** Newest first. */
	List<HistoryRow> history(String analysisId) {
		return jdbc.sql("""
				SELECT version, action, changed_by, changed_at, changes FROM report_history
				WHERE analysis_id = :id ORDER BY id DESC""")
			.param("id", analysisId)
			.query((rs, n) -> new HistoryRow(rs.getInt("version"), rs.getString("action"), rs.getString("changed_by"),
					instant(rs.getTimestamp("changed_at")), rs.getString("changes")))
			.list();
	}

	record HistoryRow(int version, String action, String changedBy, Instant changedAt, String changes) {
	}

	private List<String> headline(String analysisId) {
		return jdbc.sql("SELECT recommendation_id FROM report_headline WHERE analysis_id = :id ORDER BY position")
			.param("id", analysisId)
			.query(String.class)
			.list();
	}

	private Map<String, ReportState.Edit> edits(String analysisId) {
		Map<String, ReportState.Edit> edits = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM report_recommendations WHERE analysis_id = :id ORDER BY recommendation_id")
			.param("id", analysisId)
			.query((rs, n) -> Map.entry(rs.getString("recommendation_id"),
					new ReportState.Edit(rs.getString("title"), rs.getString("text"), rs.getBoolean("hidden"),
							rs.getString("hidden_reason"), rs.getString("merged_into"))))
			.list()
			.forEach(e -> edits.put(e.getKey(), e.getValue()));
		return edits;
	}

	private Map<String, String> notes(String analysisId) {
		Map<String, String> notes = new LinkedHashMap<>();
		jdbc.sql("SELECT location_id, note FROM report_location_notes WHERE analysis_id = :id ORDER BY location_id")
			.param("id", analysisId)
			.query((rs, n) -> Map.entry(rs.getString("location_id"), rs.getString("note")))
			.list()
			.forEach(e -> notes.put(e.getKey(), e.getValue()));
		return notes;
	}

	private static Map<String, Object> columns(ReportState state) {
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("status", state.status().name());
		values.put("version", state.version());
		values.put("summary", state.summary());
		values.put("now", Timestamp.from(state.updatedAt()));
		values.put("by", state.updatedBy());
		values.put("publishedAt", state.publishedAt() == null ? null : Timestamp.from(state.publishedAt()));
		values.put("publishedBy", state.publishedBy());
		return values;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
