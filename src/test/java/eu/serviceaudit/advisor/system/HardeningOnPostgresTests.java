package eu.serviceaudit.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.support.PostgresSchema;

/**
 * The hardening on PostgreSQL, in a schema of its own: the migrations V30–V34 (sessions, throttling, case-insensitive
 * names, health row, shares), far dates and lone surrogates refused before they reach the database, health that
 * writes, backups left to pg_dump, and the first users created once when two starts race.
 */
@org.springframework.test.annotation.DirtiesContext
class HardeningOnPostgresTests extends ApiTestSupport {

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	org.springframework.session.jdbc.JdbcIndexedSessionRepository sessions;

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceed() {
		eu.serviceaudit.advisor.system.security.ConcurrentSessionWritesTests.twoRequestsAddTheSameAttribute(sessions);
	}

	@Test
	void userNamesAreUniqueWhateverTheirCaseInTheDatabaseToo() {
		assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
		jdbc.sql("INSERT INTO users (username, password, enabled) VALUES ('pgtwin', 'x', TRUE)").update();
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO users (username, password, enabled) VALUES ('PgTwin', 'x', TRUE)")
			.update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Long.class).single()).isZero();
	}

	@Test
	void farDatesAndLoneSurrogatesAre422NotA500OrAQuestionMark() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single();
		mvc.perform(post("/api/analyses").with(as("consultant")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"client\":\"Broken \\uDC00 client\",\"wave\":\"W1\",\"observations\":[{\"id\":\"O1\","
					+ "\"method\":\"MYSTERY_SHOP\",\"date\":\"+999999999-12-31\",\"findings\":[{\"criterion\":\"GREETING\","
					+ "\"score\":1,\"max\":1}]}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].pointer").value(
					org.hamcrest.Matchers.containsInAnyOrder("/client", "/observations/0/date")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void healthWritesAndBackupsAreLeftToPgDump() throws Exception {
		mvc.perform(get("/actuator/health").with(as("admin")))
			.andExpect(jsonPath("$.components.database.status").value("UP"));
		mvc.perform(post("/api/admin/backups").with(as("admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("pg_dump")));
	}

	@Test
	void twoStartsCreatingTheFirstUsersAtOnceBothSucceed() throws Exception {
		Class<?> type = Class.forName("eu.serviceaudit.advisor.system.security.BootstrapUsers");
		org.springframework.beans.factory.InitializingBean bootstrap = (org.springframework.beans.factory.InitializingBean) context
			.getBean(type);
		for (int round = 0; round < 3; round++) {
			jdbc.sql("DELETE FROM authorities").update();
			jdbc.sql("DELETE FROM users").update();
			CyclicBarrier together = new CyclicBarrier(2);
			ExecutorService starts = Executors.newFixedThreadPool(2);
			List<Future<?>> done = new ArrayList<>();
			for (int instance = 0; instance < 2; instance++) {
				done.add(starts.submit(() -> {
					together.await();
					bootstrap.afterPropertiesSet();
					return null;
				}));
			}
			for (Future<?> start : done) {
				start.get();
			}
			starts.shutdown();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single()).isEqualTo(4);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM authorities").query(Long.class).single()).isEqualTo(4);
		}
	}

}
