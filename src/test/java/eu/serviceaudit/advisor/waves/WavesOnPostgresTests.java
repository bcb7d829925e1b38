package eu.serviceaudit.advisor.waves;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.serviceaudit.advisor.support.PostgresSchema;

/** The three-wave client's comparison, KPI verdicts and key drivers on PostgreSQL (V40 and its queries). */
@org.springframework.test.annotation.DirtiesContext
class WavesOnPostgresTests extends WavesApiTests {

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
