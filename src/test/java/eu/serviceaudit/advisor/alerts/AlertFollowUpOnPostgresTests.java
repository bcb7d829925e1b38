package eu.serviceaudit.advisor.alerts;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.serviceaudit.advisor.support.PostgresSchema;

/** The alert worklist's paging, filters, optimistic lock and history on PostgreSQL. */
@org.springframework.test.annotation.DirtiesContext
class AlertFollowUpOnPostgresTests extends AlertFollowUpApiTests {

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
