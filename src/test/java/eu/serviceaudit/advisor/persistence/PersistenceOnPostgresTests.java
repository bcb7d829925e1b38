package eu.serviceaudit.advisor.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.serviceaudit.advisor.support.PostgresSchema;

/**
 * The persistence scenarios on PostgreSQL, in a schema of their own that is dropped afterwards. Fails, rather than
 * skips, when PostgreSQL is not running.
 */
@org.springframework.test.annotation.DirtiesContext
class PersistenceOnPostgresTests extends PersistenceScenarios {

	private static PostgresSchema schema;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		schema = PostgresSchema.createFor(registry);
	}

	@Test
	void shouldRunOnPostgresInItsOwnSchema() {
		assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
		assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(schema.schema());
	}

	@AfterAll
	static void dropSchema() {
		if (schema != null) {
			schema.drop();
		}
	}

}
