package eu.serviceaudit.advisor.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.system.AdvisorProperties;

/**
 * Online backups of the embedded H2 database, written while the app keeps serving into {@code <data-dir>/backups},
 * owner-only. A backup is H2's {@code SCRIPT TO … COMPRESSION ZIP}: the SQL that recreates the database, read in one
 * transaction. {@code BACKUP TO} (a copy of the file) was tried first and refused: its copies reopened at the state
 * of the app's start, without the commits since (docs/operations.md, "Backup and restore"). Restore: RunScript into
 * an empty database. On PostgreSQL the database's own tools (pg_dump) back up, and this refuses.
 */
@Service
public class DatabaseBackups {

	static final String FOLDER = "backups";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

	private static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);

	private final JdbcClient jdbc;

	private final Path folder;

	private final boolean embedded;

	private final Clock clock = Clock.systemUTC();

	DatabaseBackups(JdbcClient jdbc, DataSource dataSource, AdvisorProperties properties) {
		this.jdbc = jdbc;
		this.folder = properties.dataDir().resolve(FOLDER).toAbsolutePath();
		this.embedded = isH2(dataSource);
	}

	/** One backup file. */
	public record Backup(String name, long bytes, Instant createdAt) {
	}

	/** The database cannot be backed up from here (it is not the embedded one). */
	public static class NotEmbeddedException extends RuntimeException {

		NotEmbeddedException() {
			super("The database is not the embedded H2 file: back it up with its own tools (for PostgreSQL, pg_dump).");
		}

	}

	public boolean supported() {
		return embedded;
	}

	/**
	 * Writes a new backup and returns it; the app keeps serving meanwhile. Every backup is verified before it is
	 * offered: restored into a scratch folder, opened, and found to hold a marker written just before it was taken
	 * (a copy that missed the latest commits is discarded and taken again).
	 */
	public synchronized Backup create() {
		if (!embedded) {
			throw new NotEmbeddedException();
		}
		OwnerOnlyFiles.restrict(folder);
		String database = Path.of(jdbc.sql("SELECT DATABASE_PATH()").query(String.class).single()).getFileName().toString();
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			Instant marker = clock.instant().truncatedTo(ChronoUnit.MILLIS);
			jdbc.sql("UPDATE database_health SET checked_at = :marker WHERE id = 1")
				.param("marker", Timestamp.from(marker))
				.update();
			Path file = folder.resolve("advisor-" + STAMP.format(clock.instant()) + ".sql.zip");
			// the path is ours (data folder + timestamp), never user input; H2 takes it as a string literal
			jdbc.sql("SCRIPT TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP").query(rs -> {
			});
			OwnerOnlyFiles.restrictFile(file);
			if (holdsMarker(file, database, marker)) {
				Backup backup = describe(file);
				log.info("Backed up the database to {} ({} bytes, verified)", file.toAbsolutePath(), backup.bytes());
				return backup;
			}
			log.warn("The backup {} missed the latest commits (attempt {} of {}); taking it again", file, attempt,
					ATTEMPTS);
			delete(file);
		}
		throw new IllegalStateException("The database could not be backed up consistently in " + ATTEMPTS + " attempts");
	}

	/** Restores the backup into a scratch database (as docs/operations.md restores) and reads the marker back. */
	private boolean holdsMarker(Path file, String database, Instant marker) {
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory(folder, ".verify-");
			String url = "jdbc:h2:file:" + scratch.resolve(database).toAbsolutePath();
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("RUNSCRIPT FROM '" + file.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP");
				ResultSet result = statement.executeQuery("SELECT checked_at FROM database_health WHERE id = 1");
				boolean found = result.next();
				Instant written = found ? result.getTimestamp(1).toInstant() : null;
				if (written == null || written.isBefore(marker)) {
					log.warn("The backup {} holds the marker {} instead of {}", file.getFileName(), written, marker);
					return false;
				}
				return true;
			}
		}
		catch (IOException | SQLException | RuntimeException ex) {
			log.warn("The backup {} could not be opened: {}", file, ex.getMessage());
			return false;
		}
		finally {
			if (scratch != null) {
				deleteTree(scratch);
			}
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Cannot delete {}: {}", file, ex.getMessage());
		}
	}

	private static void deleteTree(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(DatabaseBackups::delete);
		}
		catch (IOException ex) {
			log.warn("Cannot delete {}: {}", folder, ex.getMessage());
		}
	}

	/** The backups in the folder, newest first. */
	public List<Backup> list() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".sql.zip") && Files.isRegularFile(f))
				.map(DatabaseBackups::describe)
				.sorted(Comparator.comparing(Backup::name).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path folder() {
		return folder;
	}

	private static Backup describe(Path file) {
		try {
			return new Backup(file.getFileName().toString(), Files.size(file),
					Files.getLastModifiedTime(file).toInstant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isH2(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			return "H2".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (java.sql.SQLException ex) {
			return false;
		}
	}

}
