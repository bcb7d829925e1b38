package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Password guessing is slowed by seconds, by the form and HTTP Basic alike, and never locks out the real user. */
class LoginThrottleTests extends WebTestSupport {

	static final String PASSWORD = "test-password-2026";

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noFailures() {
		jdbc.sql("DELETE FROM login_failures").update();
		jdbc.sql("DELETE FROM login_trusted_addresses").update();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void failures(String username, String address, int count, Duration ago) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("INSERT INTO login_failures (username, address, failed_at) VALUES (:u, :a, :t)")
				.param("u", username).param("a", address).param("t", Timestamp.from(Instant.now().minus(ago)))
				.update();
		}
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder formLoginFrom(String username,
			String password, String address) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
			.param("username", username)
			.param("password", password)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(from(address));
	}

	@Test
	void httpBasicGuessesAreCountedAndSlowedWith429AndRetryAfter() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(get("/api/analyses").with(httpBasic("manager", "guess-" + i))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/analyses").with(httpBasic("manager", PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("try again in 1 second.")));
		// the form shares the count: the same name waits there too
		mvc.perform(formLogin("/login").user("manager").password(PASSWORD)).andExpect(redirectedUrlPattern("/login?retry=*"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE username = 'manager'").query(Long.class).single())
			.isEqualTo(6);
	}

	@Test
	void theDelayGrowsButNeverPastThirtySeconds() throws Exception {
		failures("consultant", "198.51.100.7", 40, Duration.ZERO);
		mvc.perform(get("/api/analyses").with(httpBasic("consultant", PASSWORD)).with(from("198.51.100.8")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(jsonPath("$.detail").value(containsString("try again in 30 seconds.")));
	}

	@Test
	void theRightPasswordGetsInOnceTheLastFailureIsThirtySecondsOld() throws Exception {
		failures("consultant", "198.51.100.7", 200, Duration.ofSeconds(31));
		mvc.perform(formLoginFrom("consultant", PASSWORD, "198.51.100.7"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/analyses").with(httpBasic("consultant", PASSWORD))).andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE username = 'consultant'").query(Long.class)
			.single()).as("a good login clears the failures of its name from its address").isZero();
	}

	@Test
	void guessesFromElsewhereDoNotHoldUpTheUserAtTheirUsualAddress() throws Exception {
		mvc.perform(get("/api/analyses").with(httpBasic("consultant", PASSWORD)).with(from("192.0.2.10")))
			.andExpect(status().isOk());
		failures("consultant", "203.0.113.66", 50, Duration.ZERO);
		mvc.perform(get("/api/analyses").with(httpBasic("consultant", PASSWORD)).with(from("192.0.2.10")))
			.andExpect(status().isOk());
		mvc.perform(formLoginFrom("consultant", PASSWORD, "192.0.2.10"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/analyses").with(httpBasic("consultant", PASSWORD)).with(from("192.0.2.99")))
			.andExpect(status().isTooManyRequests());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE username = 'consultant'").query(Long.class)
			.single()).as("the real user's logins do not wipe the guesser's count").isEqualTo(50);
	}

	@Test
	void oneBusyAddressSlowsItselfNotTheOtherAddresses() throws Exception {
		for (int i = 0; i < 21; i++) {
			failures("name-" + i, "203.0.113.9", 1, Duration.ZERO);
		}
		mvc.perform(get("/api/analyses").with(httpBasic("admin", PASSWORD)).with(from("203.0.113.9")))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/analyses").with(httpBasic("admin", PASSWORD)).with(from("203.0.113.10")))
			.andExpect(status().isOk());
	}

}
