package eu.serviceaudit.advisor.system.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import eu.serviceaudit.advisor.system.EarlyStart;
import eu.serviceaudit.advisor.system.StartupPhases;

/**
 * The migration of a new embedded database, on a thread of its own, started as soon as the configuration is read: on
 * a first start the migration scripts were the longest step of the main thread (1.2–1.7 s on a quiet machine), and
 * they need nothing of the context, so they run while it is built. Spring Boot's own migration still runs, after this
 * one ({@link FirstStartMigrationStrategy}): it validates what was applied against its configuration and applies
 * whatever is still pending, so the schema is the one Boot would have made, and nothing is served before. Only on a
 * first start (the H2 file of the data folder does not exist yet) with Boot's settings for Flyway apart from the
 * locations; any other start migrates as before.
 */
public final class FirstStartMigration {

	private static final Logger log = LoggerFactory.getLogger(FirstStartMigration.class);

	private static final String H2_FILE = "jdbc:h2:file:";

	private final CompletableFuture<Void> done;

	private FirstStartMigration(CompletableFuture<Void> done) {
		this.done = done;
	}

	/** Migrates the database on a new thread with these locations ({vendor} is h2). */
	static FirstStartMigration start(String url, String user, String password, String[] locations) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		Thread migration = new Thread(() -> {
			long start = System.nanoTime();
			try {
				migrate(url, user, password, locations);
				done.complete(null);
			}
			catch (Throwable failure) {
				done.completeExceptionally(failure);
			}
			StartupPhases.record("database migration ahead (own thread)", start);
		}, "first-start-migration");
		migration.setDaemon(true);
		migration.start();
		return new FirstStartMigration(done);
	}

	static void migrate(String url, String user, String password, String[] locations) {
		String[] resolved = Arrays.stream(locations).map(location -> location.replace("{vendor}", "h2"))
			.toArray(String[]::new);
		Flyway.configure(FirstStartMigration.class.getClassLoader()).dataSource(url, user, password)
			.locations(resolved).load().migrate();
	}

	/**
	 * Waits until the migration ahead has ended. A failure is only logged: Boot's migration, which follows, applies
	 * what is missing or stops the start with the reason.
	 */
	void awaitEnd() {
		try {
			done.join();
		}
		catch (RuntimeException failed) {
			log.warn("The database migration ahead failed; the start migrates itself: {}", failed.toString());
		}
	}

	/**
	 * A first start whose migration may run ahead: the database is the embedded H2 file and it does not exist yet, and
	 * Flyway has Boot's settings but for its locations (no URL, user, schema or table of its own, enabled).
	 */
	static boolean appliesTo(Environment environment) {
		if (!isNewEmbeddedDatabase(environment)) {
			return false;
		}
		for (String own : new String[] { "url", "user", "password", "schemas", "default-schema", "table", "enabled",
				"baseline-on-migrate", "target", "placeholders", "sql-migration-prefix", "init-sqls" }) {
			if (environment.containsProperty("spring.flyway." + own)) {
				return false;
			}
		}
		return true;
	}

	/** The datasource is the embedded H2 file and that file does not exist yet: a first start. */
	public static boolean isNewEmbeddedDatabase(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith(H2_FILE)) {
			return false;
		}
		int options = url.indexOf(';');
		String database = url.substring(H2_FILE.length(), options < 0 ? url.length() : options);
		return !Files.exists(Path.of(database + ".mv.db"));
	}

	/**
	 * Starts the migration once the environment is prepared and hands it to the context as a bean. Added by
	 * {@code main} only: test contexts migrate as before.
	 */
	public static EarlyStart<FirstStartMigration> earlyStart() {
		return EarlyStart.of("firstStartMigration", environment -> !appliesTo(environment) ? null
				: start(environment.getProperty("spring.datasource.url"),
						environment.getProperty("spring.datasource.username", "sa"),
						environment.getProperty("spring.datasource.password", ""),
						environment.getProperty("spring.flyway.locations", String[].class,
								new String[] { "classpath:db/migration" })));
	}

}
