package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class LoginTests extends WebTestSupport {

	static final String PASSWORD = "test-password-2026";

	@Test
	void theLoginPageIsOursWithCsrfAndLabels() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("<label for=\"username\">")))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}

	@Test
	void aGoodLoginGoesToTheStartPage() throws Exception {
		mvc.perform(formLogin("/login").user("consultant").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordSaysOnlyThatItFailed() throws Exception {
		mvc.perform(formLogin("/login").user("manager").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("nobody-at-all").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void repeatedFailuresMakeTheNameWaitSecondsNotMinutesAndOthersAreNotHeldUp() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(formLogin("/login").user("trainer").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("trainer").password(PASSWORD)).andExpect(redirectedUrl("/login?retry=1"));
		mvc.perform(get("/login").param("retry", "1")).andExpect(content().string(containsString("Try again in 1 second.")));
		mvc.perform(formLogin("/login").user("admin").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void theLanguageSwitchIsRememberedAndUnknownLanguagesAreIgnored() throws Exception {
		mvc.perform(get("/login").param("lang", "et"))
			.andExpect(cookie().value("advisor-lang", "et"))
			.andExpect(content().string(containsString("<html lang=\"et\"")));
		mvc.perform(get("/login").param("lang", "xx<script>"))
			.andExpect(status().isOk())
			.andExpect(cookie().doesNotExist("advisor-lang"));
	}

	@Test
	void everyRoleStartsWhereItsWorkIs() throws Exception {
		mvc.perform(get("/").with(manager())).andExpect(redirectedUrl("/analyses"));
		mvc.perform(get("/").with(trainer())).andExpect(redirectedUrl("/kb"));
		mvc.perform(post("/").with(trainer()).with(csrf())).andExpect(status().is4xxClientError());
	}

}
