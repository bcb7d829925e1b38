package eu.serviceaudit.advisor.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database migrated ahead on a first start is the one Spring Boot's migration would have made: the application
 * starts on it, Boot's Flyway validates it and finds nothing pending, and every script was applied once. Only a first
 * start on the embedded file with Boot's Flyway settings migrates ahead.
 */
@SpringBootTest
class FirstStartMigrationTests {

	static final Path FOLDER = Path.of("target/test-data", UUID.randomUUID().toString()).toAbsolutePath();

	static final String URL = "jdbc:h2:file:" + FOLDER.resolve("advisor") + ";DB_CLOSE_ON_EXIT=FALSE";

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void migratedAhead(DynamicPropertyRegistry registry) throws Exception {
		Files.createDirectories(FOLDER);
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", URL);
		assertThat(FirstStartMigration.appliesTo(environment)).isTrue();
		FirstStartMigration.start(URL, "sa", "", new String[] { "classpath:db/migration", "classpath:db/vendor/{vendor}" })
			.awaitEnd();
		assertThat(FirstStartMigration.appliesTo(environment)).as("the database file exists now").isFalse();
		registry.add("advisor.data-dir", FOLDER::toString);
		registry.add("spring.datasource.url", () -> URL);
		registry.add("advisor.bootstrap-password", () -> "test-password-4-all");
	}

	@Test
	void bootsMigrationFindsTheSchemaMigratedAheadCompleteAndValid() {
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
		long scripts = flyway.info().applied().length;
		assertThat(scripts).isGreaterThanOrEqualTo(20);
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT \"version\") FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
			.query(Long.class).single()).isEqualTo(scripts);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void onlyAFirstStartOnTheEmbeddedFileWithBootsFlywaySettingsMigratesAhead() {
		String absent = "jdbc:h2:file:" + FOLDER.resolve("absent") + ";DB_CLOSE_ON_EXIT=FALSE";
		assertThat(FirstStartMigration.appliesTo(new MockEnvironment().withProperty("spring.datasource.url", absent)))
			.isTrue();
		assertThat(FirstStartMigration.appliesTo(new MockEnvironment().withProperty("spring.datasource.url", absent)
			.withProperty("spring.flyway.table", "other_history"))).isFalse();
		assertThat(FirstStartMigration.appliesTo(new MockEnvironment().withProperty("spring.datasource.url", absent)
			.withProperty("spring.flyway.enabled", "false"))).isFalse();
		assertThat(FirstStartMigration.appliesTo(new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:5432/test"))).isFalse();
	}

}
