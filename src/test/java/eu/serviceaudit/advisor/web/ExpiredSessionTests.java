package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;

/**
 * A form sent after the session expired (no CSRF token any more) keeps what was typed: login, then the same page
 * with the typing ready to be put back; passwords are never kept.
 */
class ExpiredSessionTests extends WebTestSupport {

	@Test
	void aFormSentAfterTheSessionExpiredComesBackAfterLogin() throws Exception {
		// sessions live in the database (Spring Session): the browser carries the SESSION cookie
		Cookie session = mvc.perform(post("/training-sessions")
			.header("Referer", "http://localhost/training-sessions")
			.param("title", "Kohviku teenindushommik")
			.param("availableMinutes", "75")
			.param("password", "never-kept-secret"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();

		String login = mvc.perform(get("/login").param("expired", "").cookie(session)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(login).contains("session-expired");

		String page = mvc.perform(get("/training-sessions").cookie(session).with(trainer())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"kept-form\"").contains("Kohviku teenindushommik").contains("75")
			.contains("/training-sessions").doesNotContain("never-kept-secret");

		String again = mvc.perform(get("/training-sessions").cookie(session).with(trainer())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).as("put back once").doesNotContain("id=\"kept-form\"");
	}

	@Test
	void aLoggedInUserWhoseTokenIsStaleGoesStraightBackToTheForm() throws Exception {
		mvc.perform(post("/training-sessions").with(trainer())
			.header("Referer", "http://localhost/training-sessions?lang=et")
			.param("title", "Teine sessioon"))
			.andExpect(redirectedUrl("/training-sessions?lang=et"));
	}

	@Test
	void aRefusedFormFromElsewhereIsStillRefused() throws Exception {
		mvc.perform(post("/training-sessions").with(trainer()).header("Referer", "https://evil.example/form")
			.param("title", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/training-sessions").with(trainer()).param("title", "x")).andExpect(status().isForbidden());
	}

}
