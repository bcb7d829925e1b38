package eu.serviceaudit.advisor.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored training sessions and their items. */
@Repository
class TrainingSessions {

	private final JdbcClient jdbc;

	TrainingSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TrainingSession session) {
		jdbc.sql("""
				INSERT INTO training_sessions (id, title, language, available_minutes, analysis_id, version, created_by,
				    created_at, updated_at)
				VALUES (:id, :title, :language, :minutes, :analysis, :version, :by, :created, :updated)""")
			.param("id", session.id())
			.param("title", session.title())
			.param("language", session.language())
			.param("minutes", session.availableMinutes())
			.param("analysis", session.analysisId())
			.param("version", session.version())
			.param("by", session.createdBy())
			.param("created", Timestamp.from(session.createdAt()))
			.param("updated", Timestamp.from(session.updatedAt()))
			.update();
		insertItems(session.id(), session.items());
	}

	/** Writes the new state only when the stored version is still {@code expected}; false when it is not. */
	boolean update(TrainingSession session, int expected) {
		int changed = jdbc.sql("""
				UPDATE training_sessions SET title = :title, language = :language, available_minutes = :minutes,
				    analysis_id = :analysis, version = :version, updated_at = :updated
				WHERE id = :id AND version = :expected""")
			.param("id", session.id())
			.param("title", session.title())
			.param("language", session.language())
			.param("minutes", session.availableMinutes())
			.param("analysis", session.analysisId())
			.param("version", expected + 1)
			.param("updated", Timestamp.from(session.updatedAt()))
			.param("expected", expected)
			.update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM training_session_items WHERE session_id = :id").param("id", session.id()).update();
		insertItems(session.id(), session.items());
		return true;
	}

	boolean delete(String id) {
		return jdbc.sql("DELETE FROM training_sessions WHERE id = :id").param("id", id).update() > 0;
	}

	Optional<TrainingSession> find(String id) {
		List<TrainingSession.Item> items = jdbc
			.sql("SELECT position, article_id, duration_minutes FROM training_session_items WHERE session_id = :id ORDER BY position")
			.param("id", id)
			.query((rs, n) -> new TrainingSession.Item(rs.getInt("position"), rs.getString("article_id"),
					rs.getInt("duration_minutes")))
			.list();
		return jdbc.sql("SELECT * FROM training_sessions WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new TrainingSession(rs.getString("id"), rs.getString("title"), rs.getString("language"),
					rs.getInt("available_minutes"), rs.getString("analysis_id"), rs.getInt("version"),
					rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("updated_at")), items))
			.optional();
	}

	List<TrainingSession.Header> list() {
		return jdbc.sql("""
				SELECT s.id, s.title, s.language, s.available_minutes, s.version, s.updated_at,
				    (SELECT COUNT(*) FROM training_session_items i WHERE i.session_id = s.id) AS exercises,
				    (SELECT COALESCE(SUM(i.duration_minutes), 0) FROM training_session_items i WHERE i.session_id = s.id) AS total
				FROM training_sessions s ORDER BY s.updated_at DESC, s.id""")
			.query((rs, n) -> new TrainingSession.Header(rs.getString("id"), rs.getString("title"),
					rs.getString("language"), rs.getInt("available_minutes"), rs.getInt("total"),
					rs.getInt("exercises"), rs.getInt("version"), instant(rs.getTimestamp("updated_at"))))
			.list();
	}

	private void insertItems(String id, List<TrainingSession.Item> items) {
		for (TrainingSession.Item item : items) {
			jdbc.sql("INSERT INTO training_session_items (session_id, position, article_id, duration_minutes) VALUES (:id, :p, :a, :d)")
				.param("id", id)
				.param("p", item.position())
				.param("a", item.articleId())
				.param("d", item.durationMinutes())
				.update();
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
