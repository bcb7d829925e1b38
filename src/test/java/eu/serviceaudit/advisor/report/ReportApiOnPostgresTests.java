package eu.serviceaudit.advisor.report;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.serviceaudit.advisor.support.PostgresSchema;

/**
 * The report API's tests on PostgreSQL (the V50 migration, the version claim, the history's identity column), in a
 * schema of their own that is dropped afterwards. Fails, rather than skips, when PostgreSQL is not running.
 */
@org.springframework.test.annotation.DirtiesContext
class ReportApiOnPostgresTests extends ReportApiTests {

	private static PostgresSchema schema;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		schema = PostgresSchema.createFor(registry);
	}

	@AfterAll
	static void dropSchema() {
		if (schema != null) {
			schema.drop();
		}
	}

}
