package eu.serviceaudit.advisor.engagement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clients and their waves. Finding-or-creating one runs inside the caller's transaction; a concurrent creation by
 * another instance sharing the database is absorbed by a savepoint and a second look.
 */
@Repository
public class Engagements {

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	Engagements(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The id of the wave of this client, created with its engagement when new. */
	public String waveId(String client, String wave) {
		String engagementId = findOrCreate(() -> findEngagement(client), id -> jdbc
			.sql("INSERT INTO engagements (id, client, created_at) VALUES (:id, :client, :now)")
			.param("id", id)
			.param("client", client)
			.param("now", Timestamp.from(Instant.now()))
			.update());
		return findOrCreate(() -> findWave(engagementId, wave), id -> jdbc
			.sql("INSERT INTO waves (id, engagement_id, name, created_at) VALUES (:id, :engagement, :name, :now)")
			.param("id", id)
			.param("engagement", engagementId)
			.param("name", wave)
			.param("now", Timestamp.from(Instant.now()))
			.update());
	}

	private String findOrCreate(java.util.function.Supplier<Optional<String>> find,
			java.util.function.Consumer<String> insert) {
		Optional<String> existing = find.get();
		if (existing.isPresent()) {
			return existing.get();
		}
		String id = UUID.randomUUID().toString();
		try {
			savepoint.executeWithoutResult(status -> insert.accept(id));
			return id;
		}
		catch (DuplicateKeyException createdMeanwhile) {
			return find.get().orElseThrow(() -> createdMeanwhile);
		}
	}

	private Optional<String> findEngagement(String client) {
		return jdbc.sql("SELECT id FROM engagements WHERE client = :client")
			.param("client", client)
			.query(String.class)
			.optional();
	}

	private Optional<String> findWave(String engagementId, String wave) {
		return jdbc.sql("SELECT id FROM waves WHERE engagement_id = :engagement AND name = :name")
			.param("engagement", engagementId)
			.param("name", wave)
			.query(String.class)
			.optional();
	}

	/** Every wave of every client, clients in the database's order of their names. */
	public List<Wave> waves() {
		return jdbc.sql("""
				SELECT w.id, e.client, w.name
				FROM engagements e JOIN waves w ON w.engagement_id = e.id
				ORDER BY e.client""")
			.query((rs, n) -> new Wave(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public record Wave(String id, String client, String name) {
	}

	/** The re-audit rhythm of every client that has one set, and its manager; by client. */
	public java.util.Map<String, Settings> settings() {
		java.util.Map<String, Settings> settings = new java.util.TreeMap<>();
		jdbc.sql("SELECT client, rhythm, next_due, manager FROM engagements")
			.query(rs -> {
				java.sql.Date due = rs.getDate(3);
				String rhythm = rs.getString(2);
				settings.put(rs.getString(1), new Settings(rhythm == null ? null : Rhythm.valueOf(rhythm),
						due == null ? null : due.toLocalDate(), rs.getString(4)));
			});
		return settings;
	}

	/** Sets a client's rhythm and manager; false when there is no such client. */
	public boolean set(String client, Settings settings) {
		return jdbc.sql("UPDATE engagements SET rhythm = :rhythm, next_due = :due, manager = :manager WHERE client = :client")
			.param("rhythm", settings.rhythm() == null ? null : settings.rhythm().name())
			.param("due", settings.date() == null ? null : java.sql.Date.valueOf(settings.date()))
			.param("manager", settings.manager())
			.param("client", client)
			.update() == 1;
	}

	/** How often a client is audited again: monthly, quarterly, or on a date agreed with them. */
	public enum Rhythm {

		MONTHLY, QUARTERLY, DATE

	}

	/** {@code date} is the agreed date of the next wave (rhythm DATE only); {@code manager} a user name. */
	public record Settings(Rhythm rhythm, java.time.LocalDate date, String manager) {

		public static final Settings NONE = new Settings(null, null, null);

	}

}
