package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.analysis.Analysis;

/** The analyses and plans lists, their paging, archive and delete, and the question about a wave uploaded twice. */
class ListsAndArchiveTests extends WebTestSupport {

	@Test
	void apiListsPageNewestFirstWithTheirTotal() throws Exception {
		String client = "Paging " + UUID.randomUUID();
		Analysis first = analyseFor(client, "W1");
		Analysis second = analyseFor(client, "W2");
		Analysis third = analyseFor(client, "W3");
		JsonNode page = read(get("/api/analyses").param("client", client).param("limit", "2"));
		assertThat(page.get("total").asInt()).isEqualTo(3);
		assertThat(page.get("items").size()).isEqualTo(2);
		assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(third.id());
		assertThat(page.get("items").get(1).get("id").asString()).isEqualTo(second.id());
		assertThat(page.get("items").get(0).get("overallScore").asDouble()).isBetween(0.0, 1.0);
		JsonNode rest = read(get("/api/analyses").param("client", client).param("limit", "2").param("offset", "2"));
		assertThat(rest.get("items").size()).isEqualTo(1);
		assertThat(rest.get("items").get(0).get("id").asString()).isEqualTo(first.id());
		assertThat(read(get("/api/analyses")).get("items").size()).isLessThanOrEqualTo(50);

		mvc.perform(get("/api/analyses").param("limit", "501").with(consultant())).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/query/limit"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("500")));
		mvc.perform(get("/api/action-plans").param("offset", "-1").with(consultant())).andExpect(status().isUnprocessableContent());
		JsonNode plans = read(get("/api/action-plans").param("limit", "1"));
		assertThat(plans.has("total")).isTrue();
		assertThat(plans.get("items").size()).isLessThanOrEqualTo(1);
	}

	@Test
	void consultantFindsArchivesAndDeletesAnAnalysisWithItsPlans() throws Exception {
		String client = "Archive " + UUID.randomUUID();
		Analysis kept = analyseFor(client, "2026-Q1");
		Analysis gone = analyseFor(client, "2026-Q2");
		String planId = createPlan(gone);

		String list = page(get("/analyses").param("client", client.substring(0, 20).toUpperCase()));
		assertThat(list).contains(kept.id()).contains(gone.id()).contains("%");
		assertThat(page(get("/analyses").param("client", client).param("wave", "q1"))).contains(kept.id())
			.doesNotContain(gone.id());

		mvc.perform(post("/analyses/{id}/archive", kept.id()).param("archived", "true").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/analyses").param("client", client))).doesNotContain(kept.id());
		assertThat(page(get("/analyses").param("client", client).param("archived", "true"))).contains(kept.id());

		// opened twice before the delete: the second answer comes from the page cache, which the delete must empty
		assertThat(page(get("/analyses/{id}", gone.id()))).contains(gone.wave());
		assertThat(page(get("/analyses/{id}", gone.id()))).contains(gone.wave());
		String ask = page(get("/analyses/{id}/delete", gone.id()));
		assertThat(ask).contains("confirm-delete").contains("(1)");
		mvc.perform(get("/analyses/{id}/delete", gone.id()).with(manager())).andExpect(status().isForbidden());
		mvc.perform(post("/analyses/{id}/delete", gone.id()).with(manager()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/analyses/{id}/delete", gone.id()).with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/analyses/{id}", gone.id()).with(consultant())).andExpect(status().isNotFound());
		mvc.perform(get("/analyses/{id}", gone.id()).with(consultant())).andExpect(status().isNotFound());
		mvc.perform(get("/api/action-plans/{id}", planId).with(consultant())).andExpect(status().isNotFound());
		mvc.perform(get("/api/analyses/{id}", kept.id()).with(consultant())).andExpect(status().isOk());
	}

	@Test
	void plansListShowsProgressInsteadOfAVersion() throws Exception {
		Analysis analysis = analyseFor("Progress " + UUID.randomUUID(), "W1");
		String planId = createPlan(analysis);
		JsonNode plan = read(get("/api/action-plans/{id}", planId));
		String itemId = plan.get("items").get(0).get("id").asString();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.patch("/api/action-plans/{id}/items/{item}", planId, itemId).with(manager())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("status", "DONE", "version", plan.get("version").asInt()))))
			.andExpect(status().isOk());
		String list = page(get("/plans").param("q", analysis.client()));
		assertThat(list).contains("50 % done (1 of 2)").doesNotContain("Version");
	}

	@Test
	void aWaveUploadedAgainIsAskedAboutAndReplaceArchivesTheEarlierOne() throws Exception {
		String client = "Twice " + UUID.randomUUID();
		Analysis earlier = analyseFor(client, "2026-Q4");
		ObjectNode audit = (ObjectNode) json.readTree(resource(SAMPLE));
		audit.put("client", client);
		MockMultipartFile file = new MockMultipartFile("file", "audit.json", "application/json",
				json.writeValueAsString(audit).getBytes(StandardCharsets.UTF_8));
		// sessions live in the database (Spring Session): the browser carries the SESSION cookie
		var asked = mvc.perform(multipart("/analyses").file(file).with(consultant()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse();
		Cookie session = asked.getCookie("SESSION");
		String question = asked.getContentAsString(StandardCharsets.UTF_8);
		assertThat(question).contains("duplicate-wave").contains("replace-wave").contains("keep-both");
		assertThat(read(get("/api/analyses").param("client", client)).get("total").asInt()).isEqualTo(1);

		mvc.perform(post("/analyses/duplicate").param("choice", "replace").cookie(session).with(consultant())
			.with(csrf())).andExpect(status().is3xxRedirection());
		JsonNode all = read(get("/api/analyses").param("client", client));
		assertThat(all.get("total").asInt()).isEqualTo(2);
		JsonNode older = all.get("items").get(1);
		assertThat(older.get("id").asString()).isEqualTo(earlier.id());
		assertThat(older.get("archived").asBoolean()).isTrue();
		assertThat(all.get("items").get(0).get("archived").asBoolean()).isFalse();

		Cookie second = mvc.perform(multipart("/analyses").file(file).cookie(session).with(consultant()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post("/analyses/duplicate").param("choice", "keep").cookie(second == null ? session : second)
			.with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		JsonNode three = read(get("/api/analyses").param("client", client));
		assertThat(three.get("total").asInt()).isEqualTo(3);
		assertThat(three.get("items").get(1).get("archived").asBoolean()).isFalse();
	}

	private Analysis analyseFor(String client, String wave) {
		ObjectNode audit = (ObjectNode) json.readTree(resource(SAMPLE));
		audit.put("client", client);
		audit.put("wave", wave);
		return analyse(json.writeValueAsString(audit));
	}

	private String createPlan(Analysis analysis) throws Exception {
		List<String> ids = analysis.recommendations().stream().limit(2).map(Analysis.Recommendation::id).toList();
		String created = mvc.perform(post("/api/action-plans").with(consultant()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("analysisId", analysis.id(), "recommendationIds", ids))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(created).get("id").asString();
	}

	private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
		return json.readTree(mvc.perform(request.with(consultant())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(consultant())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
