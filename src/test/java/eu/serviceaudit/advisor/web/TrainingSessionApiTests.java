package eu.serviceaudit.advisor.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

class TrainingSessionApiTests extends WebTestSupport {

	static RequestPostProcessor basic(String user) {
		return httpBasic(user, "test-password-2026");
	}

	@Test
	void trainerCreatesReadsReplacesAndDeletesASession() throws Exception {
		String body = mvc.perform(post("/api/training-sessions").with(basic("trainer"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Greeting hour\",\"language\":\"et\",\"availableMinutes\":60,\"exercises\":[\"ex-30-30-greeting-drill\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.items[0].articleId").value("ex-30-30-greeting-drill"))
			.andReturn().getResponse().getContentAsString();
		JsonNode created = json.readTree(body);
		String id = created.get("id").asString();
		mvc.perform(get("/api/training-sessions/" + id).with(basic("admin"))).andExpect(status().isOk());
		mvc.perform(put("/api/training-sessions/" + id).with(basic("trainer")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Renamed\",\"availableMinutes\":30,\"exercises\":[],\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.title").value("Renamed"));
		mvc.perform(put("/api/training-sessions/" + id).with(basic("trainer")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Stale\",\"availableMinutes\":30,\"exercises\":[],\"version\":1}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/training-sessions/" + id).with(basic("trainer"))).andExpect(status().isNoContent());
		mvc.perform(get("/api/training-sessions/" + id).with(basic("trainer"))).andExpect(status().isNotFound());
	}

	@Test
	void invalidSessionsNameEveryBadField() throws Exception {
		mvc.perform(post("/api/training-sessions").with(basic("trainer")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"language\":\"xx\",\"availableMinutes\":0,\"exercises\":[\"rec-greeting\",\"nope\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].pointer").value(org.hamcrest.Matchers.containsInAnyOrder("/title",
					"/language", "/availableMinutes", "/exercises/0", "/exercises/1")));
	}

	@Test
	void consultantAndManagerAreRefused() throws Exception {
		mvc.perform(get("/api/training-sessions").with(basic("consultant"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/training-sessions").with(basic("manager")).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/training-sessions")).andExpect(status().isUnauthorized());
	}

}
