package eu.serviceaudit.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/** The report API of CONTRACT.md section 11: who may read and write, versions, validation, publishing, the plan. */
class ReportApiTests extends ApiTestSupport {

	String id;

	JsonNode analysis;

	@BeforeEach
	void analyse() throws Exception {
		analysis = analyseSample();
		id = analysis.get("id").asString();
	}

	@Test
	void anUntouchedDraftLeadsWithTheThreeBestRankedRecommendationsAndKeepsTheRulesOriginal() throws Exception {
		JsonNode report = report("consultant");
		assertThat(report.get("status").asString()).isEqualTo("DRAFT");
		assertThat(report.get("version").asInt()).isEqualTo(1);
		JsonNode recommendations = analysis.get("recommendations");
		assertThat(report.get("headline")).hasSize(3);
		assertThat(report.get("headline").get(0).asString()).isEqualTo(recommendations.get(0).get("id").asString());
		assertThat(report.get("recommendations")).hasSize(recommendations.size());
		JsonNode first = report.get("recommendations").get(0);
		assertThat(first.get("title").asString()).isEqualTo(recommendations.get(0).get("title").asString());
		assertThat(first.get("original").get("title").asString()).isEqualTo(recommendations.get(0).get("title").asString());
		assertThat(first.get("original").get("text").asString()).isEqualTo(recommendations.get(0).get("summary").asString());
		assertThat(first.get("hidden").asBoolean()).isFalse();
		assertThat(first.has("hiddenReason")).isTrue();
	}

	@Test
	void aManagerCannotReadADraftButReadsThePublishedReport() throws Exception {
		mvc.perform(get(path()).with(as("manager")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(path() + "/export?format=pdf").with(as("manager"))).andExpect(status().isNotFound());
		mvc.perform(get(path()).with(as("trainer"))).andExpect(status().isForbidden());
		mvc.perform(put(path()).with(as("manager")).contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(path() + "/publish").with(as("manager"))).andExpect(status().isForbidden());
		mvc.perform(post(path() + "/publish").with(as("trainer"))).andExpect(status().isForbidden());

		mvc.perform(post(path() + "/publish").with(as("consultant")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.version").value(2));
		JsonNode seen = report("manager");
		assertThat(seen.get("status").asString()).isEqualTo("PUBLISHED");
		mvc.perform(get(path() + "/export?format=docx").with(as("manager"))).andExpect(status().isOk());
		mvc.perform(get(path()).with(as("trainer"))).andExpect(status().isForbidden());
	}

	@Test
	void aConsultantExportsADraftAndAnAdminMayEdit() throws Exception {
		mvc.perform(get(path() + "/export?format=pdf").with(as("consultant")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(get(path() + "/export?format=html").with(as("consultant"))).andExpect(status().isBadRequest());
		edit("admin", Map.of("version", 1, "summary", "Written by the admin")).andExpect(status().isOk());
	}

	@Test
	void aStaleVersionIsRefusedWith409AndChangesNothing() throws Exception {
		edit("consultant", Map.of("version", 1, "summary", "First summary"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.summary").value("First summary"));
		edit("consultant", Map.of("version", 1, "summary", "Second summary"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		mvc.perform(post(path() + "/publish").with(as("consultant")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":1}")).andExpect(status().isConflict());
		JsonNode report = report("consultant");
		assertThat(report.get("summary").asString()).isEqualTo("First summary");
		assertThat(report.get("version").asInt()).isEqualTo(2);
		assertThat(report.get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void invalidEditsAreRefusedWith422NamingTheFieldAndChangeNothing() throws Exception {
		List<String> ids = recommendationIds();
		assertThat(ids.size()).as("the sample has enough recommendations").isGreaterThanOrEqualTo(6);
		edit("consultant", Map.of("version", 1, "headline", ids.subList(0, 6)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/headline"));
		edit("consultant", Map.of("version", 1, "headline", ids.subList(0, 2)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/headline"));
		edit("consultant", Map.of("version", 1, "recommendations", List.of(Map.of("id", ids.get(5), "hidden", true))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/recommendations/0/hiddenReason"));
		edit("consultant", Map.of("version", 1, "recommendations", List.of(Map.of("id", "no-such-thing"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/recommendations/0/id"));
		edit("consultant", Map.of("version", 1, "summary", "x".repeat(8_001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/summary"));
		edit("consultant", Map.of("version", 1, "recommendations",
				List.of(Map.of("id", ids.get(0), "hidden", true, "hiddenReason", "Done already"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/headline/0"));
		edit("consultant", Map.of("summary", "no version")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/version"));
		mvc.perform(put(path()).with(as("consultant")).contentType(MediaType.APPLICATION_JSON).content("{\"version\":"))
			.andExpect(status().isBadRequest());
		JsonNode report = report("consultant");
		assertThat(report.get("version").asInt()).isEqualTo(1);
		assertThat(report.get("summary").isNull()).isTrue();
		mvc.perform(get("/api/analyses/no-such-analysis/report").with(as("consultant"))).andExpect(status().isNotFound());
	}

	@Test
	void rewordingHidingAndMergingKeepTheOriginalAndTheHistory() throws Exception {
		List<String> ids = recommendationIds();
		Map<String, Object> reworded = new LinkedHashMap<>();
		reworded.put("id", ids.get(1));
		reworded.put("title", "Greet every guest within ten seconds");
		reworded.put("text", "Agree one greeting standard with the shift leads.");
		List<Object> recommendations = new ArrayList<>(List.of(reworded,
				Map.of("id", ids.get(4), "hidden", true, "hiddenReason", "Already fixed in November"),
				Map.of("id", ids.get(5), "mergedInto", ids.get(3))));
		edit("consultant", Map.of("version", 1, "headline", List.of(ids.get(1), ids.get(0), ids.get(3)),
				"recommendations", recommendations, "locationNotes",
				List.of(Map.of("locationId", "TLN-1", "note", "New team since September"))))
			.andExpect(status().isOk());
		JsonNode report = report("consultant");
		assertThat(report.get("headline").get(0).asString()).isEqualTo(ids.get(1));
		JsonNode item = find(report, ids.get(1));
		assertThat(item.get("title").asString()).isEqualTo("Greet every guest within ten seconds");
		assertThat(item.get("original").get("title").asString())
			.isEqualTo(analysis.get("recommendations").get(1).get("title").asString());
		assertThat(find(report, ids.get(4)).get("hidden").asBoolean()).isTrue();
		assertThat(find(report, ids.get(4)).get("hiddenReason").asString()).isEqualTo("Already fixed in November");
		assertThat(find(report, ids.get(5)).get("hidden").asBoolean()).isTrue();
		assertThat(find(report, ids.get(5)).get("mergedInto").asString()).isEqualTo(ids.get(3));
		assertThat(report.get("locationNotes").get(0).get("note").asString()).isEqualTo("New team since September");

		// sending the rules' wording back removes the rewording
		Map<String, Object> back = new LinkedHashMap<>();
		back.put("id", ids.get(1));
		back.put("title", item.get("original").get("title").asString());
		back.put("text", item.get("original").get("text").asString());
		edit("consultant", Map.of("version", 2, "recommendations", List.of(back))).andExpect(status().isOk());
		assertThat(find(report("consultant"), ids.get(1)).get("title").asString())
			.isEqualTo(item.get("original").get("title").asString());

		// a merge chain is refused: ids[5] is merged into ids[3], which cannot now go into ids[0]
		edit("consultant", Map.of("version", 3, "recommendations", List.of(Map.of("id", ids.get(3), "mergedInto", ids.get(0)))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/recommendations"));

		JsonNode history = read(mvc.perform(get(path() + "/history").with(as("consultant")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(history.get("items")).hasSize(2);
		assertThat(history.get("items").get(0).get("changedBy").asString()).isEqualTo("consultant");
		assertThat(history.get("items").get(1).get("changes").toString()).contains("/headline")
			.contains("/locationNotes/TLN-1").contains("Already fixed in November");
	}

	@Test
	void thePlanIsMadeFromThePublishedHeadlineInOneStep() throws Exception {
		List<String> ids = recommendationIds();
		mvc.perform(post(path() + "/plan").with(as("consultant"))).andExpect(status().isUnprocessableContent());
		Map<String, Object> reworded = new LinkedHashMap<>();
		reworded.put("id", ids.get(2));
		reworded.put("title", "A reworded headline action");
		edit("consultant", Map.of("version", 1, "headline", List.of(ids.get(2), ids.get(0), ids.get(1)),
				"recommendations", List.of(reworded))).andExpect(status().isOk());
		mvc.perform(post(path() + "/publish").with(as("consultant"))).andExpect(status().isOk());
		mvc.perform(post(path() + "/plan").with(as("manager"))).andExpect(status().isForbidden());
		JsonNode plan = read(mvc.perform(post(path() + "/plan").with(as("consultant")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(plan.get("items")).hasSize(3);
		assertThat(plan.get("items").get(0).get("recommendationId").asString()).isEqualTo(ids.get(2));
		assertThat(plan.get("items").get(0).get("title").asString()).isEqualTo("A reworded headline action");
		assertThat(plan.get("items").get(1).get("recommendationId").asString()).isEqualTo(ids.get(0));
	}

	private String path() {
		return "/api/analyses/" + id + "/report";
	}

	private JsonNode report(String user) throws Exception {
		return read(mvc.perform(get(path()).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private ResultActions edit(String user, Map<String, Object> body) throws Exception {
		return mvc.perform(put(path()).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private List<String> recommendationIds() {
		List<String> ids = new ArrayList<>();
		analysis.get("recommendations").forEach(r -> ids.add(r.get("id").asString()));
		return ids;
	}

	private static JsonNode find(JsonNode report, String recommendationId) {
		for (JsonNode item : report.get("recommendations")) {
			if (item.get("id").asString().equals(recommendationId)) {
				return item;
			}
		}
		throw new AssertionError("no recommendation " + recommendationId);
	}

}
