package eu.serviceaudit.advisor.system.database;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * A database that still hands out connections but cannot be written makes health DOWN (503) for every caller, so a
 * load balancer or supervisor takes the instance out instead of it answering 401 to every login.
 */
@DirtiesContext
class DatabaseDownTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthIsDownWhenTheDatabaseCannotBeWritten() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		// what a broken store looks like to the app: reads of its tables still pass the pool's check, writes fail
		jdbc.sql("DROP TABLE database_health").update();
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().json("{\"status\":\"DOWN\"}", org.springframework.test.json.JsonCompareMode.STRICT));
		mvc.perform(get("/actuator/health").with(as("admin")))
			.andExpect(jsonPath("$.components.database.status").value("DOWN"))
			.andExpect(jsonPath("$.components.database.details.error").exists());
	}

}
