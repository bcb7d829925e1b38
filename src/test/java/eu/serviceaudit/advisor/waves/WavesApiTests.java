package eu.serviceaudit.advisor.waves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/** The synthetic three-wave client through the API: previous wave by date, deltas, significance, KPIs, drivers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WavesApiTests extends ApiTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	eu.serviceaudit.advisor.analysis.Analyses analyses;

	JsonNode w1;

	JsonNode w2;

	JsonNode w2again;

	JsonNode w3;

	String planId;

	@BeforeAll
	void threeWavesStoredOutOfOrderAndAPlanOnTheSecond() throws Exception {
		w3 = analyse(json.writeValueAsString(ThreeWaveClient.audit(3)));
		w1 = analyse(json.writeValueAsString(ThreeWaveClient.audit(1)));
		w2 = analyse(json.writeValueAsString(ThreeWaveClient.audit(2)));
		// the second wave submitted again: its latest analysis stands for it
		w2again = analyse(json.writeValueAsString(ThreeWaveClient.audit(2)));
		List<String> chosen = new ArrayList<>();
		for (JsonNode r : w2again.get("recommendations")) {
			String criterion = r.get("kpi").get("criterion").asString();
			if (List.of("GREETING", "PRODUCT_KNOWLEDGE", "COMPLAINT_HANDLING").contains(criterion)
					&& chosen.stream().noneMatch(id -> id.equals(r.get("id").asString()))) {
				chosen.add(r.get("id").asString());
			}
		}
		JsonNode plan = body(post("/api/action-plans").with(as("consultant")).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("analysisId", id(w2again), "recommendationIds", chosen))), 201);
		planId = plan.get("id").asString();
	}

	@Test
	void comparesWithTheWaveBeforeByDateNeverItselfNorTheSameWave() throws Exception {
		JsonNode third = comparison(id(w3));
		assertThat(third.get("previous").get("id").asString()).isEqualTo(id(w2again));
		assertThat(third.get("previous").get("wave").asString()).isEqualTo("W2");
		assertThat(comparison(id(w2again)).get("previous").get("id").asString()).isEqualTo(id(w1));
		assertThat(comparison(id(w2)).get("previous").get("id").asString()).isEqualTo(id(w1));
		JsonNode first = comparison(id(w1));
		assertThat(first.get("previous").isNull()).isTrue();
		assertThat(first.get("kpis")).isEmpty();
		assertThat(first.get("criteria").get(0).get("change").isNull()).isTrue();
		JsonNode byHand = body(get("/api/analyses/" + id(w3) + "/comparison").param("previous", id(w1)).with(as("manager")), 200);
		assertThat(byHand.get("previous").get("id").asString()).isEqualTo(id(w1));
		assertThat(byHand.get("kpis")).isEmpty();
		assertThat(fieldNames(third)).containsExactlyInAnyOrder("previous", "criteria", "kpis");
	}

	@Test
	void givesTheChangeOfEveryCriterionWithItsSignificance() throws Exception {
		Map<String, JsonNode> twoToThree = byCriterion(comparison(id(w3)).get("criteria"), "criterion");
		JsonNode greeting = twoToThree.get("GREETING");
		assertThat(fieldNames(greeting)).containsExactlyInAnyOrder("criterion", "score", "previousScore", "change",
				"observations", "previousObservations", "significant");
		assertThat(greeting.get("score").asDouble()).isEqualTo(1.0);
		assertThat(greeting.get("previousScore").asDouble()).isEqualTo(0.5);
		assertThat(greeting.get("change").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(greeting.get("observations").asInt()).isEqualTo(12);
		assertThat(greeting.get("previousObservations").asInt()).isEqualTo(12);
		// 1.96 × √(s²/12 + 0/12) with s² the sample variance of six ones and six zeros = 0.296 < 0.5
		assertThat(greeting.get("significant").asBoolean()).isTrue();

		JsonNode clean = twoToThree.get("PREMISES_CLEAN");
		assertThat(clean.get("change").asDouble()).isCloseTo(0, within(1e-9));
		assertThat(clean.get("significant").asBoolean()).isFalse();

		JsonNode knowledge = twoToThree.get("PRODUCT_KNOWLEDGE");
		assertThat(knowledge.get("change").asDouble()).isCloseTo(0.25 / 12, within(1e-9));
		assertThat(knowledge.get("significant").asBoolean()).as("one visit a step better is within noise").isFalse();

		JsonNode complaints = twoToThree.get("COMPLAINT_HANDLING");
		assertThat(complaints.get("score").isNull()).isTrue();
		assertThat(complaints.get("previousScore").asDouble()).isZero();
		assertThat(complaints.get("observations").asInt()).isZero();
		assertThat(complaints.get("significant").asBoolean()).isFalse();

		Map<String, JsonNode> oneToTwo = byCriterion(comparison(id(w2again)).get("criteria"), "criterion");
		assertThat(oneToTwo.get("GREETING").get("change").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(oneToTwo.get("GREETING").get("significant").asBoolean()).isTrue();
		// all zero in both waves: no change, no variance, not significant
		assertThat(oneToTwo.get("COMPLAINT_HANDLING").get("significant").asBoolean()).isFalse();
	}

	@Test
	void checksTheKpiOfEveryPlanItemMadeOnThePreviousWave() throws Exception {
		JsonNode kpis = comparison(id(w3)).get("kpis");
		JsonNode plan = body(get("/api/action-plans/" + planId).with(as("manager")), 200);
		assertThat(kpis).hasSize(plan.get("items").size());
		Map<String, JsonNode> byCriterion = byCriterion(kpis, "criterion");
		assertThat(fieldNames(kpis.get(0))).containsExactlyInAnyOrder("planId", "itemId", "criterion", "target", "value",
				"verdict");
		JsonNode greeting = byCriterion.get("GREETING");
		assertThat(greeting.get("planId").asString()).isEqualTo(planId);
		assertThat(greeting.get("value").asDouble()).isEqualTo(1.0);
		assertThat(greeting.get("verdict").asString()).isEqualTo("MET");
		JsonNode knowledge = byCriterion.get("PRODUCT_KNOWLEDGE");
		assertThat(knowledge.get("value").asDouble()).as("1 − failure rate: half the visits fail").isEqualTo(0.5);
		assertThat(knowledge.get("target").asDouble()).isGreaterThan(0.5);
		assertThat(knowledge.get("verdict").asString()).isEqualTo("NOT_MET");
		JsonNode complaints = byCriterion.get("COMPLAINT_HANDLING");
		assertThat(complaints.get("value").isNull()).isTrue();
		assertThat(complaints.get("verdict").asString()).isEqualTo("NOT_MEASURED");

		String markdown = mvc.perform(get("/api/action-plans/" + planId + "/export").param("format", "md")
			.with(as("manager"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("\\", "");
		assertThat(markdown).contains("Met in W3: 100 %").contains("Not met in W3: 50 %")
			.contains("Not measured in W3: —");
	}

	@Test
	void placesTheCriteriaInTheFourQuadrantsByLocationCsat() throws Exception {
		JsonNode drivers = body(get("/api/clients/{client}/drivers", ThreeWaveClient.CLIENT).with(as("manager")), 200);
		assertThat(drivers.get("method").asString()).isEqualTo("LOCATION_CSAT");
		assertThat(drivers.get("n").asInt()).isEqualTo(6);
		assertThat(drivers.get("caution").isNull()).isTrue();
		Map<String, JsonNode> items = byCriterion(drivers.get("items"), "criterion");
		assertThat(items.get("FAREWELL").get("quadrant").asString()).isEqualTo("KEEP");
		assertThat(items.get("WAIT_TIME").get("quadrant").asString()).isEqualTo("FIX_FIRST");
		assertThat(items.get("EYE_CONTACT_SMILE").get("quadrant").asString()).isEqualTo("MAINTAIN");
		assertThat(items.get("CHECKOUT_SPEED").get("quadrant").asString()).isEqualTo("LATER");
		assertThat(items.get("WAIT_TIME").get("importance").asDouble()).isCloseTo(
				ThreeWaveClient.pearson(ThreeWaveClient.scores(ThreeWaveClient.WAIT_TIME), ThreeWaveClient.csats()),
				within(1e-9));
		assertThat(items.get("WAIT_TIME").get("performance").asDouble()).isCloseTo(10.0 / 24, within(1e-9));

		JsonNode earlier = body(get("/api/clients/{client}/drivers", ThreeWaveClient.CLIENT).param("wave", "W1")
			.with(as("consultant")), 200);
		assertThat(earlier.get("method").asString()).as("no surveys in wave 1").isEqualTo("VISIT_OVERALL");
		assertThat(earlier.get("n").asInt()).isEqualTo(12);
		body(get("/api/clients/{client}/drivers", "Nobody OÜ").with(as("manager")), 404);
		body(get("/api/clients/{client}/drivers", ThreeWaveClient.CLIENT).param("wave", "W9").with(as("manager")), 404);
		body(get("/api/clients/{client}/drivers", ThreeWaveClient.CLIENT).with(as("trainer")), 403);
	}

	@Test
	void cautionsAndRanksNothingBelowFivePairs() throws Exception {
		Map<String, Object> small = ThreeWaveClient.audit(1);
		small.put("client", "Väike Pood OÜ");
		@SuppressWarnings("unchecked")
		List<Object> observations = (List<Object>) small.get("observations");
		small.put("observations", new ArrayList<>(observations.subList(0, 4)));
		analyse(json.writeValueAsString(small));
		JsonNode drivers = body(get("/api/clients/{client}/drivers", "Väike Pood OÜ").with(as("manager")), 200);
		assertThat(drivers.get("method").asString()).isEqualTo("VISIT_OVERALL");
		assertThat(drivers.get("n").asInt()).isEqualTo(4);
		assertThat(drivers.get("caution").asString()).contains("4");
		assertThat(drivers.get("items")).isEmpty();
	}

	@Test
	void saysWhichClientsAreDueForTheirNextWave() throws Exception {
		JsonNode set = body(put("/api/clients/{client}/rhythm", ThreeWaveClient.CLIENT).with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("rhythm", "QUARTERLY", "manager", "manager"))), 200);
		// the latest wave is dated 2026-07-15: the next one was due three months later
		assertThat(set.get("nextDue").asString()).isEqualTo("2026-10-15");
		assertThat(set.get("status").asString()).isEqualTo(
				java.time.LocalDate.parse("2026-10-15").isBefore(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
						? "OVERDUE" : "DUE");
		JsonNode overdue = body(get("/api/clients").param("status", set.get("status").asString()).with(as("manager")), 200);
		assertThat(overdue.get("total").asInt()).isEqualTo(1);
		assertThat(overdue.get("items").get(0).get("client").asString()).isEqualTo(ThreeWaveClient.CLIENT);
		assertThat(overdue.get("items").get(0).get("manager").asString()).isEqualTo("manager");

		body(put("/api/clients/{client}/rhythm", ThreeWaveClient.CLIENT).with(as("manager"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"rhythm\": \"MONTHLY\"}"), 403);
		JsonNode invalid = body(put("/api/clients/{client}/rhythm", ThreeWaveClient.CLIENT).with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"rhythm\": \"DATE\"}"), 422);
		assertThat(invalid.get("errors").get(0).get("pointer").asString()).isEqualTo("/date");
		body(put("/api/clients/{client}/rhythm", "Nobody OÜ").with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"rhythm\": \"MONTHLY\"}"), 404);
		JsonNode dated = body(put("/api/clients/{client}/rhythm", ThreeWaveClient.CLIENT).with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"rhythm\": \"DATE\", \"date\": \"2099-01-15\"}"), 200);
		assertThat(dated.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(dated.get("manager").isNull()).as("left out: no manager").isTrue();
	}

	@Test
	void anArchivedWaveLeavesTheWavesAndItsAlertsTheWorklist() throws Exception {
		List<JsonNode> waves = new ArrayList<>();
		for (int w = 1; w <= 3; w++) {
			Map<String, Object> audit = ThreeWaveClient.audit(w);
			audit.put("client", "Arhiiv OÜ");
			waves.add(analyse(json.writeValueAsString(audit)));
		}
		int before = body(get("/api/alerts").param("client", "Arhiiv OÜ").with(as("manager")), 200).get("total").asInt();
		analyses.archive(id(waves.get(1)), true);
		assertThat(comparison(id(waves.get(2))).get("previous").get("id").asString()).isEqualTo(id(waves.get(0)));
		int after = body(get("/api/alerts").param("client", "Arhiiv OÜ").with(as("manager")), 200).get("total").asInt();
		assertThat(after).as("wave 2's six complaint-handling alerts leave the list").isEqualTo(before - 6);
		assertThat(comparison(id(waves.get(1))).get("previous").get("id").asString())
			.as("an archived analysis can still be compared by id").isEqualTo(id(waves.get(0)));
	}

	private JsonNode comparison(String id) throws Exception {
		return body(get("/api/analyses/" + id + "/comparison").with(as("manager")), 200);
	}

	private JsonNode body(MockHttpServletRequestBuilder request, int expected) throws Exception {
		String body = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return body.isEmpty() ? null : read(body);
	}

	private static String id(JsonNode analysis) {
		return analysis.get("id").asString();
	}

	private static Map<String, JsonNode> byCriterion(JsonNode list, String key) {
		Map<String, JsonNode> map = new HashMap<>();
		list.forEach(n -> map.put(n.get(key).asString(), n));
		return map;
	}

	static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
