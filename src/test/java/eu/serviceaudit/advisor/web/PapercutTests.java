package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/** The trainer's and the admin's papercuts of issue 15, as a user meets them on the pages. */
class PapercutTests extends WebTestSupport {

	static final String EXERCISE = "ex-30-30-greeting-drill";

	@Test
	void aSessionHoldsAnExerciseOnce() throws Exception {
		String sessionId = newSession();
		mvc.perform(post("/training-sessions/{id}/exercises", sessionId).param("articleId", EXERCISE).with(trainer())
			.with(csrf())).andExpect(status().is3xxRedirection());
		MvcResult again = mvc.perform(post("/training-sessions/add").param("sessionId", sessionId)
			.param("articleId", EXERCISE).with(trainer()).with(csrf())).andReturn();
		assertThat(again.getFlashMap().get("already")).isEqualTo(EXERCISE);
		JsonNode session = json.readTree(body(get("/api/training-sessions/{id}", sessionId), trainer()));
		assertThat(session.get("items").size()).isEqualTo(1);
	}

	@Test
	void searchOffersAllLanguagesFiltersAndAddingToASession() throws Exception {
		newSession();
		String russianWithEnglishChosen = body(get("/kb").param("q", "жалоба").param("language", "en"), trainer());
		assertThat(russianWithEnglishChosen).contains("id=\"kb-other-languages\"").contains("language=ru");

		String all = body(get("/kb").param("q", "жалоба").param("language", "all"), trainer());
		assertThat(all).contains("class=\"hit\"").contains("lang=\"ru\"").doesNotContain("kb-other-languages");

		String short15 = body(get("/kb").param("language", "en").param("type", "EXERCISE").param("maxMinutes", "15"),
				trainer());
		assertThat(short15).doesNotContain("· 20 min").doesNotContain("· 30 min").doesNotContain("· 45 min");
		String greeting = body(get("/kb").param("language", "en").param("criterion", "GREETING")
			.param("type", "EXERCISE"), trainer());
		assertThat(greeting).contains(EXERCISE).contains("add-to-session");
		assertThat(body(get("/kb").param("language", "en").param("type", "EXERCISE"), consultant()))
			.doesNotContain("add-to-session");
	}

	@Test
	void theTrainersAnalysisPickerTellsAnalysesApart() throws Exception {
		analyseSample();
		String sessionId = newSession();
		String builder = body(get("/training-sessions/{id}", sessionId), trainer());
		assertThat(builder).containsPattern("Kohvik Päike OÜ · 2026-Q4 · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
	}

	@Test
	void adminChangesARoleButNotTheirOwn() throws Exception {
		String name = "role-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/users").param("username", name).param("password", "a-long-password-1")
			.param("role", "TRAINER").with(admin()).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/analyses").with(httpBasic(name, "a-long-password-1"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/{u}/role", name).param("role", "MANAGER").with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/analyses").with(httpBasic(name, "a-long-password-1"))).andExpect(status().isOk());
		assertThat(body(get("/admin/users"), admin())).contains("change-role");

		MvcResult own = mvc.perform(post("/admin/users/{u}/role", "admin").param("role", "TRAINER").with(admin())
			.with(csrf())).andReturn();
		assertThat(own.getFlashMap().get("problem")).isEqualTo("pages.users.error.ownRole");
	}

	@Test
	void adminRunsTheRulesCheckAndReloadsTheKnowledgeBase() throws Exception {
		MvcResult check = mvc.perform(post("/admin/rules/check").with(admin()).with(csrf())).andReturn();
		assertThat(check.getFlashMap().get("checkProblems")).asList().isEmpty();
		MvcResult reload = mvc.perform(post("/admin/knowledge/reload").with(admin()).with(csrf())).andReturn();
		assertThat((Integer) reload.getFlashMap().get("kbReloaded")).isGreaterThan(10);
		assertThat(body(get("/kb").param("q", "kaebus").param("language", "et"), trainer())).contains("class=\"hit\"");
		mvc.perform(post("/admin/knowledge/reload").with(consultant()).with(csrf())).andExpect(status().isForbidden());
	}

	private String newSession() throws Exception {
		MvcResult created = mvc.perform(post("/training-sessions").param("title", "Hommik").param("availableMinutes", "60")
			.param("language", "en").with(trainer()).with(csrf())).andReturn();
		return created.getResponse().getRedirectedUrl().replaceFirst("^/training-sessions/", "").replaceFirst("\\?.*", "");
	}

	private String body(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
		return mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
