package eu.serviceaudit.advisor.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

class ActionPlanApiTests extends ApiTestSupport {

	private JsonNode analysis;

	private List<String> recommendationIds;

	@BeforeEach
	void analyseSampleAudit() throws Exception {
		analysis = analyseSample();
		recommendationIds = new ArrayList<>();
		analysis.get("recommendations").forEach(r -> recommendationIds.add(r.get("id").asString()));
		assertThat(recommendationIds).hasSizeGreaterThanOrEqualTo(3);
	}

	private ResultActions create(String user, Object body) throws Exception {
		return mvc.perform(post("/api/action-plans").with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private JsonNode createPlan(List<String> chosen) throws Exception {
		return body(create("consultant", Map.of("analysisId", analysis.get("id").asString(), "recommendationIds", chosen,
				"title", "Q4 plan")).andExpect(status().isCreated()));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private ResultActions putPlan(String user, String id, JsonNode plan) throws Exception {
		return mvc.perform(put("/api/action-plans/" + id).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(plan)));
	}

	private ResultActions patchItem(String user, String planId, String itemId, Object body) throws Exception {
		return mvc.perform(patch("/api/action-plans/" + planId + "/items/" + itemId).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	@Test
	void shouldCopyChosenRecommendationsIntoOpenItemsInRankOrder() throws Exception {
		List<String> reversed = new ArrayList<>(recommendationIds.subList(0, 3));
		java.util.Collections.reverse(reversed);
		ResultActions result = create("consultant",
				Map.of("analysisId", analysis.get("id").asString(), "recommendationIds", reversed));
		result.andExpect(status().isCreated()).andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/action-plans/")));
		JsonNode plan = body(result);
		assertThat(plan.get("version").asInt()).isEqualTo(1);
		assertThat(plan.get("client").asString()).isEqualTo("Kohvik Päike OÜ");
		JsonNode items = plan.get("items");
		assertThat(items).hasSize(3);
		for (int i = 0; i < 3; i++) {
			JsonNode item = items.get(i);
			JsonNode recommendation = analysis.get("recommendations").get(i);
			assertThat(item.get("recommendationId").asString()).isEqualTo(recommendation.get("id").asString());
			assertThat(item.get("rank").asInt()).isEqualTo(i + 1);
			assertThat(item.get("status").asString()).isEqualTo("OPEN");
			assertThat(item.get("title").asString()).isEqualTo(recommendation.get("title").asString());
			assertThat(item.get("owner").asString()).isEqualTo(recommendation.get("ownerRole").asString());
			assertThat(item.get("kpi").get("criterion").asString())
				.isEqualTo(recommendation.get("kpi").get("criterion").asString());
			assertThat(item.get("trainingActions")).hasSize(recommendation.get("trainingActions").size());
			assertThat(LocalDate.parse(item.get("dueDate").asString())).isAfter(LocalDate.now().minusDays(1));
		}
		mvc.perform(get(result.andReturn().getResponse().getHeader("Location")).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(3));
	}

	@Test
	void shouldRefuseUnknownAnalysisAndRecommendationNamingTheField() throws Exception {
		create("consultant", Map.of("analysisId", "nope", "recommendationIds", List.of("x")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].pointer").value("/analysisId"));
		create("consultant", Map.of("analysisId", analysis.get("id").asString(), "recommendationIds",
				List.of(recommendationIds.get(0), "rec-unknown")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/recommendationIds/1"));
		mvc.perform(get("/api/action-plans").param("analysisId", analysis.get("id").asString()).with(as("consultant")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void shouldEditOwnersDatesTargetsAndItemsWithPut() throws Exception {
		JsonNode plan = createPlan(recommendationIds.subList(0, 2));
		ObjectNode edited = (ObjectNode) plan.deepCopy();
		edited.put("title", "Päike: plan for Q1 «ночь»");
		ArrayNode items = (ArrayNode) edited.get("items");
		ObjectNode first = (ObjectNode) items.get(0);
		first.put("owner", "Tallinn shift leads");
		first.put("dueDate", "2027-01-31");
		((ObjectNode) first.get("kpi")).put("target", 0.95);
		items.remove(1);
		items.addObject().put("recommendationId", recommendationIds.get(2)).put("note", "added later");
		JsonNode saved = body(putPlan("consultant", plan.get("id").asString(), edited).andExpect(status().isOk()));
		assertThat(saved.get("version").asInt()).isEqualTo(2);
		assertThat(saved.get("title").asString()).isEqualTo("Päike: plan for Q1 «ночь»");
		assertThat(saved.get("items")).hasSize(2);
		assertThat(saved.get("items").get(0).get("owner").asString()).isEqualTo("Tallinn shift leads");
		assertThat(saved.get("items").get(0).get("dueDate").asString()).isEqualTo("2027-01-31");
		assertThat(saved.get("items").get(0).get("kpi").get("target").asDouble()).isEqualTo(0.95);
		assertThat(saved.get("items").get(1).get("recommendationId").asString()).isEqualTo(recommendationIds.get(2));
		assertThat(saved.get("items").get(1).get("note").asString()).isEqualTo("added later");
		assertThat(saved.get("items").get(1).get("rank").asInt()).isEqualTo(2);
	}

	@Test
	void shouldRefuseInvalidEditNamingEveryBadFieldAndChangeNothing() throws Exception {
		JsonNode plan = createPlan(recommendationIds.subList(0, 2));
		ObjectNode edited = (ObjectNode) plan.deepCopy();
		edited.put("title", "changed");
		((ObjectNode) edited.get("items").get(0)).put("dueDate", "31.01.2027");
		((ObjectNode) edited.get("items").get(1)).put("status", "FINISHED");
		((ObjectNode) edited.get("items").get(1).get("kpi")).put("target", 7);
		putPlan("consultant", plan.get("id").asString(), edited).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].pointer").value(org.hamcrest.Matchers.containsInAnyOrder(
					"/items/0/dueDate", "/items/1/status", "/items/1/kpi/target")));
		mvc.perform(get("/api/action-plans/" + plan.get("id").asString()).with(as("consultant")))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.title").value("Q4 plan"));
	}

	@Test
	void shouldRefuseStaleVersionWithConflictAndKeepTheFirstEdit() throws Exception {
		JsonNode plan = createPlan(recommendationIds.subList(0, 2));
		ObjectNode mine = (ObjectNode) plan.deepCopy();
		mine.put("title", "mine");
		ObjectNode theirs = (ObjectNode) plan.deepCopy();
		theirs.put("title", "theirs");
		putPlan("consultant", plan.get("id").asString(), mine).andExpect(status().isOk());
		putPlan("admin", plan.get("id").asString(), theirs).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409));
		mvc.perform(get("/api/action-plans/" + plan.get("id").asString()).with(as("consultant")))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.title").value("mine"));
	}

	@Test
	void shouldLetManagerChangeStatusAndNoteOnly() throws Exception {
		JsonNode plan = createPlan(recommendationIds.subList(0, 2));
		String planId = plan.get("id").asString();
		String itemId = plan.get("items").get(0).get("id").asString();
		JsonNode patched = body(patchItem("manager", planId, itemId,
				Map.of("status", "IN_PROGRESS", "note", "Started briefings on Monday", "version", 1))
			.andExpect(status().isOk()));
		assertThat(patched.get("version").asInt()).isEqualTo(2);
		assertThat(patched.get("items").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(patched.get("items").get(0).get("note").asString()).isEqualTo("Started briefings on Monday");
		patchItem("manager", planId, itemId, Map.of("status", "DONE", "version", 1)).andExpect(status().isConflict());
		patchItem("manager", planId, itemId, Map.of("owner", "Mari Maasikas", "version", 2))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/owner"));
		putPlan("manager", planId, patched).andExpect(status().isForbidden());
		create("manager", Map.of("analysisId", analysis.get("id").asString(), "recommendationIds", recommendationIds))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/action-plans/" + planId).with(as("trainer"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/action-plans/" + planId)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/action-plans/" + planId).with(as("consultant")))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.items[0].status").value("IN_PROGRESS"));
	}

	@Test
	void shouldAnswerNotFoundForUnknownPlanOrItem() throws Exception {
		JsonNode plan = createPlan(recommendationIds.subList(0, 1));
		mvc.perform(get("/api/action-plans/unknown").with(as("consultant"))).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		patchItem("manager", plan.get("id").asString(), "unknown", Map.of("status", "DONE", "version", 1))
			.andExpect(status().isNotFound());
		putPlan("consultant", "unknown", plan).andExpect(status().isNotFound());
		mvc.perform(get("/api/action-plans").param("analysisId", "unknown").with(as("consultant")))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldListThePlansOfAnAnalysis() throws Exception {
		createPlan(recommendationIds.subList(0, 1));
		createPlan(recommendationIds.subList(0, 2));
		mvc.perform(get("/api/action-plans").param("analysisId", analysis.get("id").asString()).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].items").value(org.hamcrest.Matchers.containsInAnyOrder(1, 2)));
	}

	@Test
	void shouldRefuseOverlongOwnerRolesAndFarDatesWith422NotA500() throws Exception {
		JsonNode plan = createPlan(recommendationIds.subList(0, 2));
		JsonNode edited = plan.deepCopy();
		((ObjectNode) edited.get("items").get(0)).put("ownerRole", "R".repeat(150));
		((ObjectNode) edited.get("items").get(1)).put("dueDate", "+999999999-12-31");
		putPlan("consultant", plan.get("id").asString(), edited)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].pointer").value(org.hamcrest.Matchers.containsInAnyOrder("/items/0/ownerRole",
					"/items/1/dueDate")));
		JsonNode fine = plan.deepCopy();
		((ObjectNode) fine.get("items").get(0)).put("ownerRole", "R".repeat(100));
		((ObjectNode) fine.get("items").get(1)).put("dueDate", "2200-12-31");
		putPlan("consultant", plan.get("id").asString(), fine).andExpect(status().isOk());
	}

}
