package eu.serviceaudit.advisor.plan.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

class WaveComparisonTests extends ApiTestSupport {

	/** The sample audit as next quarter: everybody greets now, product knowledge slipped to the minimum. */
	private String nextWave(String client) {
		ObjectNode audit = (ObjectNode) read(resource("/samples/kohvik-paike-2026q4.json"));
		audit.put("wave", "2027-Q1").put("client", client);
		for (JsonNode observation : audit.get("observations")) {
			ObjectNode o = (ObjectNode) observation;
			o.put("date", java.time.LocalDate.parse(o.get("date").asString()).plusDays(91).toString());
			JsonNode findings = observation.get("findings");
			if (findings == null) {
				continue;
			}
			for (JsonNode finding : findings) {
				ObjectNode f = (ObjectNode) finding;
				if (f.get("criterion").asString().equals("GREETING")) {
					f.put("score", f.get("max").asDouble());
				}
				if (f.get("criterion").asString().equals("PRODUCT_KNOWLEDGE")) {
					f.put("score", f.get("min").asDouble());
				}
			}
		}
		return json.writeValueAsString(audit);
	}

	private JsonNode compare(String id, String previous) throws Exception {
		var request = get("/api/analyses/" + id + "/comparison").with(as("manager"));
		if (previous != null) {
			request.param("previous", previous);
		}
		return read(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void shouldShowPerCriterionTrendAndWhetherPlannedKpisWereMet() throws Exception {
		JsonNode q4 = analyseSample();
		String greetingRecommendation = null;
		List<String> chosen = new ArrayList<>();
		for (JsonNode r : q4.get("recommendations")) {
			if (r.get("kpi") != null && r.get("kpi").get("criterion").asString().equals("GREETING")) {
				greetingRecommendation = r.get("id").asString();
				chosen.add(greetingRecommendation);
			}
		}
		assertThat(greetingRecommendation).isNotNull();
		mvc.perform(post("/api/action-plans").with(as("consultant")).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("analysisId", q4.get("id").asString(), "recommendationIds", chosen))))
			.andExpect(status().isCreated());
		JsonNode q1 = analyse(nextWave("Kohvik Päike OÜ"));

		JsonNode comparison = compare(q1.get("id").asString(), null);
		assertThat(comparison.get("previous").get("id").asString()).isEqualTo(q4.get("id").asString());
		assertThat(comparison.get("previous").get("wave").asString()).isEqualTo("2026-Q4");
		Map<String, JsonNode> byCriterion = new HashMap<>();
		comparison.get("criteria").forEach(c -> byCriterion.put(c.get("criterion").asString(), c));
		JsonNode greeting = byCriterion.get("GREETING");
		assertThat(greeting.get("score").asDouble()).isEqualTo(1.0);
		assertThat(greeting.get("change").asDouble())
			.isCloseTo(1.0 - greeting.get("previousScore").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
		assertThat(byCriterion.get("PRODUCT_KNOWLEDGE").get("change").asDouble()).isNegative();
		assertThat(byCriterion.get("PREMISES_CLEAN").get("change").asDouble()).isZero();
		assertThat(byCriterion.get("PREMISES_CLEAN").get("significant").asBoolean()).isFalse();

		JsonNode item = comparison.get("kpis").get(0);
		assertThat(item.get("criterion").asString()).isEqualTo("GREETING");
		assertThat(item.get("value").asDouble()).isEqualTo(1.0);
		assertThat(item.get("verdict").asString()).isEqualTo("MET");

		JsonNode backwards = compare(q4.get("id").asString(), q1.get("id").asString());
		assertThat(backwards.get("kpis")).isEmpty();
	}

	@Test
	void shouldRefuseOtherClientsAndUnknownAnalyses() throws Exception {
		JsonNode mine = analyseSample();
		JsonNode theirs = analyse(nextWave("Someone Else AS"));
		mvc.perform(get("/api/analyses/" + theirs.get("id").asString() + "/comparison")
			.param("previous", mine.get("id").asString()).with(as("consultant")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/query/previous"));
		mvc.perform(get("/api/analyses/" + theirs.get("id").asString() + "/comparison").with(as("consultant")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.previous").isEmpty());
		mvc.perform(get("/api/analyses/unknown/comparison").with(as("consultant"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/analyses/" + mine.get("id").asString() + "/comparison").param("previous", "unknown")
			.with(as("consultant"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/analyses/" + mine.get("id").asString() + "/comparison").with(as("trainer")))
			.andExpect(status().isForbidden());
	}

}
