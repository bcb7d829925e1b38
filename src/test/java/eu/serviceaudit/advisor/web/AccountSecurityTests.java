package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts: sessions that end with their user's access, user names without case twins, a password rule. */
class AccountSecurityTests extends WebTestSupport {

	static final String PASSWORD = "Gentle-Otter-Sings-42";

	@Autowired
	JdbcClient jdbc;

	private void createUser(String username, String role) throws Exception {
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", username).param("password", PASSWORD).param("role", role))
			.andExpect(flash().attribute("done", "admin.users.created"));
	}

	private Cookie logIn(String username, String password) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("a Spring Session cookie").isNotNull();
		mvc.perform(get("/analyses").cookie(session)).andExpect(status().isOk());
		return session;
	}

	@Test
	void sessionsLiveInTheDatabaseUnderTheirUserName() throws Exception {
		createUser("sessions.kept", "MANAGER");
		logIn("sessions.kept", PASSWORD);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'sessions.kept'")
			.query(Long.class).single()).isEqualTo(1);
	}

	/** An API client signs every request with Basic: storing a session per call would only fill the session table. */
	@Test
	void apiCallsSignedWithBasicLeaveNoSession() throws Exception {
		createUser("api.client", "CONSULTANT");
		var posted = mvc.perform(post("/api/analyses").with(httpBasic("api.client", PASSWORD))
			.contentType("application/json").content(resource(SAMPLE)))
			.andExpect(status().isCreated())
			.andReturn().getResponse();
		var listed = mvc.perform(get("/api/analyses").with(httpBasic("api.client", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(posted.getCookie("SESSION")).isNull();
		assertThat(listed.getCookie("SESSION")).isNull();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'api.client'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void disablingAUserEndsTheirOpenSession() throws Exception {
		createUser("soon.disabled", "CONSULTANT");
		Cookie session = logIn("soon.disabled", PASSWORD);
		long stored = jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single();
		mvc.perform(post("/admin/users/soon.disabled/enabled").with(admin()).with(csrf()).param("enabled", "false"))
			.andExpect(flash().attribute("done", "admin.users.updated"));
		mvc.perform(get("/analyses").cookie(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/analyses").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single()).isEqualTo(stored);
	}

	@Test
	void resettingAPasswordEndsTheOpenSessions() throws Exception {
		createUser("reset.me", "MANAGER");
		Cookie first = logIn("reset.me", PASSWORD);
		Cookie second = logIn("reset.me", PASSWORD);
		mvc.perform(post("/admin/users/reset.me/password").with(admin()).with(csrf())
			.param("password", "Another-Quiet-River-7"))
			.andExpect(flash().attribute("done", "admin.users.updated"));
		mvc.perform(get("/analyses").cookie(first)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/analyses").cookie(second)).andExpect(redirectedUrl("/login"));
		logIn("reset.me", "Another-Quiet-River-7");
	}

	@Test
	void userNamesDifferingOnlyInCaseAreOneAccount() throws Exception {
		createUser("kati", "MANAGER");
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", "KATI").param("password", PASSWORD).param("role", "ADMIN"))
			.andExpect(flash().attribute("problem", "admin.users.error.exists"));
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", "Admin").param("password", PASSWORD).param("role", "ADMIN"))
			.andExpect(flash().attribute("problem", "admin.users.error.exists"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE LOWER(username) IN ('kati', 'admin')")
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theDatabaseItselfRefusesACaseTwin() {
		jdbc.sql("INSERT INTO users (username, password, enabled) VALUES ('twin', 'x', TRUE)").update();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.sql("INSERT INTO users (username, password, enabled) VALUES ('TWIN', 'x', TRUE)")
				.update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void trivialPasswordsAreRefused() throws Exception {
		String[][] refused = { { "            ", "password.error.blank" }, { "aaaaaaaaaaaaaaaa", "password.error.repeated" },
				{ "ababababababab", "password.error.repeated" }, { "my-name-is-mari.k-ok", "password.error.username" },
				{ "Password1234", "password.error.common" }, { "short-one", "password.error.length" },
				{ "   eleven-ch   ", "password.error.length" } };
		for (String[] password : refused) {
			mvc.perform(post("/admin/users").with(admin()).with(csrf())
				.param("username", "mari.k").param("password", password[0]).param("role", "MANAGER"))
				.andExpect(flash().attribute("problem", password[1]));
		}
		mvc.perform(get("/api/analyses").with(httpBasic("mari.k", PASSWORD))).andExpect(status().isUnauthorized());
	}

}
