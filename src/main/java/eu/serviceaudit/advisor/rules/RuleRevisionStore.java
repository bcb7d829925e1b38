package eu.serviceaudit.advisor.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.system.content.ContentFolder;

/** The tables of V80: published rule revisions with their files, and the instances that serve them. */
@Repository
class RuleRevisionStore {

	private static final String HEADER = """
			SELECT revision, version, rules, published_by, published_at, reason, origin, withdrawn_by, withdrawn_at,
			    withdrawn_reason FROM rule_revisions""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RuleRevisionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The number of the revision every instance should serve: the newest not withdrawn. The poll's one query. */
	Optional<Integer> servedRevision() {
		return jdbc.sql("""
				SELECT revision FROM rule_revisions WHERE withdrawn_at IS NULL AND pending = FALSE
				ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY""")
			.query(Integer.class)
			.optional();
	}

	/** The newest revisions not withdrawn, newest first. */
	List<RuleRevision> active(int limit) {
		return jdbc.sql(HEADER + " WHERE withdrawn_at IS NULL AND pending = FALSE ORDER BY revision DESC FETCH FIRST :n ROWS ONLY")
			.param("n", limit)
			.query((rs, n) -> revision(rs))
			.list();
	}

	/** Every revision, newest first. */
	List<RuleRevision> all(int limit) {
		return jdbc.sql(HEADER + " WHERE pending = FALSE ORDER BY revision DESC FETCH FIRST :n ROWS ONLY")
			.param("n", limit)
			.query((rs, n) -> revision(rs))
			.list();
	}

	Optional<RuleRevision> find(int revision) {
		return jdbc.sql(HEADER + " WHERE revision = :r").param("r", revision).query((rs, n) -> revision(rs)).optional();
	}

	/** The rules folder a revision was published from, as it was then. */
	ContentFolder folder(RuleRevision revision) {
		String text = jdbc.sql("SELECT files_json FROM rule_revisions WHERE revision = :r")
			.param("r", revision.revision())
			.query(String.class)
			.single();
		Map<String, String> encoded = json.readValue(text, new TypeReference<Map<String, String>>() {
		});
		Map<String, byte[]> files = new TreeMap<>();
		encoded.forEach((path, base64) -> files.put(path, Base64.getDecoder().decode(base64)));
		return ContentFolder.of("revision " + revision.revision() + " (" + revision.origin() + ")", files);
	}

	/** The newest revision still being checked by the instance that publishes it, if any. */
	Optional<RuleRevision> pending() {
		return jdbc.sql(HEADER + " WHERE pending = TRUE ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY")
			.query((rs, n) -> revision(rs))
			.optional();
	}

	/**
	 * Stores a pending revision of these files under the next free number and returns that number; a number taken
	 * meanwhile by another instance shows as a duplicate key, which the caller may retry.
	 */
	int insertPending(String version, ContentFolder folder, String by, String reason, Instant at) {
		int next = jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM rule_revisions").query(Integer.class).single();
		insert(next, version, 0, folder, by, reason, at, true);
		return next;
	}

	/** The check passed: the pending revision is published, and served by every instance from now on. */
	void confirm(int revision, int rules, Instant at) {
		jdbc.sql("UPDATE rule_revisions SET pending = FALSE, rules = :rules, published_at = :at WHERE revision = :r")
			.param("rules", rules)
			.param("at", Timestamp.from(at))
			.param("r", revision)
			.update();
	}

	/** The check failed (or its instance stopped): the pending revision goes. */
	void discard(int revision) {
		jdbc.sql("DELETE FROM rule_revisions WHERE revision = :r AND pending = TRUE").param("r", revision).update();
	}

	/** Pending revisions older than {@code before} belong to an instance that stopped while checking them. */
	void discardPendingBefore(Instant before) {
		jdbc.sql("DELETE FROM rule_revisions WHERE pending = TRUE AND published_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	void insert(int revision, RuleBase ruleBase, ContentFolder folder, String by, String reason, Instant at) {
		insert(revision, ruleBase.version(), ruleBase.rules(), folder, by, reason, at, false);
	}

	private void insert(int revision, String version, int rules, ContentFolder folder, String by, String reason,
			Instant at, boolean pending) {
		Map<String, String> encoded = new LinkedHashMap<>();
		folder.files().forEach((path, bytes) -> encoded.put(path, Base64.getEncoder().encodeToString(bytes)));
		jdbc.sql("""
				INSERT INTO rule_revisions (revision, version, rules, published_by, published_at, reason, origin, files_json,
				    pending)
				VALUES (:revision, :version, :rules, :by, :at, :reason, :origin, :files, :pending)""")
			.param("revision", revision)
			.param("version", version)
			.param("rules", rules)
			.param("pending", pending)
			.param("by", clip(by, 50))
			.param("at", Timestamp.from(at))
			.param("reason", clip(reason, 500))
			.param("origin", clip(folder.origin(), 500))
			.param("files", json.writeValueAsString(encoded))
			.update();
	}

	/** Withdraws a revision that is still served; false when it was withdrawn meanwhile (by another instance). */
	boolean withdraw(int revision, String by, String reason, Instant at) {
		return jdbc.sql("""
				UPDATE rule_revisions SET withdrawn_by = :by, withdrawn_at = :at, withdrawn_reason = :reason
				WHERE revision = :r AND withdrawn_at IS NULL""")
			.param("by", clip(by, 50))
			.param("at", Timestamp.from(at))
			.param("reason", clip(reason, 500))
			.param("r", revision)
			.update() == 1;
	}

	/** This instance is alive and serves this revision. */
	void heartbeat(String instance, Integer revision, String version, Instant startedAt, Instant now) {
		int updated = jdbc.sql("""
				UPDATE rule_instances SET revision = :revision, version = :version, started_at = :started, seen_at = :now
				WHERE instance_id = :id""")
			.param("revision", revision, java.sql.Types.INTEGER)
			.param("version", version)
			.param("started", Timestamp.from(startedAt))
			.param("now", Timestamp.from(now))
			.param("id", instance)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("""
						INSERT INTO rule_instances (instance_id, revision, version, started_at, seen_at)
						VALUES (:id, :revision, :version, :started, :now)""")
					.param("id", instance)
					.param("revision", revision, java.sql.Types.INTEGER)
					.param("version", version)
					.param("started", Timestamp.from(startedAt))
					.param("now", Timestamp.from(now))
					.update();
			}
			catch (org.springframework.dao.DuplicateKeyException sameNameMeanwhile) {
				// another start under the same name got there first; the next heartbeat updates the row
			}
		}
	}

	/** Instances heard from since {@code since}, by name; older rows are forgotten. */
	List<ServingInstance> instances(Instant since, Instant liveAfter) {
		jdbc.sql("DELETE FROM rule_instances WHERE seen_at < :since").param("since", Timestamp.from(since)).update();
		return jdbc.sql("SELECT instance_id, revision, version, started_at, seen_at FROM rule_instances ORDER BY instance_id")
			.query((rs, n) -> {
				Instant seen = rs.getTimestamp(5).toInstant();
				int revision = rs.getInt(2);
				return new ServingInstance(rs.getString(1), rs.wasNull() ? null : revision, rs.getString(3),
						rs.getTimestamp(4).toInstant(), seen, seen.isAfter(liveAfter));
			})
			.list();
	}

	void forget(String instance) {
		jdbc.sql("DELETE FROM rule_instances WHERE instance_id = :id").param("id", instance).update();
	}

	private static RuleRevision revision(ResultSet rs) throws SQLException {
		Timestamp withdrawnAt = rs.getTimestamp(9);
		return new RuleRevision(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
				rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
				withdrawnAt == null ? null : withdrawnAt.toInstant(), rs.getString(10));
	}

	private static String clip(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max);
	}

}
