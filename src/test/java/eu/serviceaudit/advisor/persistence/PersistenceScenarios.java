package eu.serviceaudit.advisor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.StoredDocument;
import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * What the database must keep, run once on embedded H2 and once on PostgreSQL: imports stored with their normalised
 * audit, plans read back whole, and optimistic locking under real concurrency.
 */
// six imports at once race for the first engagement of a client: the admission bound must let them all in together
@org.springframework.test.context.TestPropertySource(properties = "advisor.admission.max-concurrent=8")
abstract class PersistenceScenarios extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Analyses analyses;

	private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private long count(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}

	private JsonNode importSample(String client) throws Exception {
		return body(mvc.perform(post("/api/imports/csv").with(as("consultant"))
			.contentType(MediaType.parseMediaType("text/csv"))
			.content(resource("/samples/kohvik-paike-2026q4.csv").getBytes(StandardCharsets.UTF_8))
			.param("client", client)
			.param("wave", "2026-Q4")
			.param("language", "lv"))
			.andExpect(status().isCreated()));
	}

	@Test
	void shouldStoreAnImportWithItsNormalisedAuditAndServeItBackUnchanged() throws Exception {
		String client = "Kafejnīca Saule SIA " + UUID.randomUUID();
		JsonNode imported = importSample(client);
		String id = imported.get("id").asString();
		JsonNode stored = body(mvc.perform(get("/api/analyses/" + id).with(as("manager"))).andExpect(status().isOk()));
		assertThat(stored).isEqualTo(imported);
		// observations, findings, locations, responses and comments are read from the audit kept whole beside the
		// analysis, with the date of its latest observation (what the reports date a wave by)
		String audit = StoredDocument.json(
				jdbc.sql("SELECT audit_doc FROM analyses WHERE id = ?").param(id).query(byte[].class).single());
		assertThat(audit).contains("Promised a callback in 15 minutes; none came");
		assertThat(json.readTree(audit).get("observations")).hasSize(11);
		String latest = null;
		for (JsonNode observation : json.readTree(audit).get("observations")) {
			String date = observation.path("date").asString(null);
			latest = date != null && (latest == null || date.compareTo(latest) > 0) ? date : latest;
		}
		assertThat(latest).isNotNull();
		assertThat(jdbc.sql("SELECT latest_observed_on FROM analyses WHERE id = ?").param(id).query(java.sql.Date.class)
			.single()).hasToString(latest);
		List<JsonNode> findings = new ArrayList<>();
		json.readTree(audit).get("observations").forEach(o -> o.get("findings").forEach(f -> findings.add(
				json.createObjectNode().put("observation", o.get("id").asString()).put("criterion", f.get("criterion").asString()))));
		assertThat(findings).hasSize(110);
		assertThat(findings).contains(json.createObjectNode().put("observation", "PH-01").put("criterion", "PROMISE_KEPT"));
		assertThat(count("""
				SELECT COUNT(*) FROM analyses a JOIN waves w ON w.id = a.wave_id JOIN engagements e ON e.id = w.engagement_id
				WHERE a.id = ? AND e.client = ? AND w.name = '2026-Q4'""", id, client)).isEqualTo(1);
	}

	@Test
	void shouldAnswerAnAnalysisWithTheVeryJsonItStores() throws Exception {
		ObjectNode audit = (ObjectNode) read(resource("/samples/kohvik-paike-2026q4.json"));
		audit.put("client", "Stored As Answered " + UUID.randomUUID());
		byte[] answered = mvc.perform(post("/api/analyses").with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(audit)))
			.andExpect(status().isCreated())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentType(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String id = read(new String(answered, StandardCharsets.UTF_8)).get("id").asString();

		byte[] stored = jdbc.sql("SELECT result_doc FROM analyses WHERE id = ?").param(id).query(byte[].class).single();
		assertThat(StoredDocument.json(stored)).isEqualTo(new String(answered, StandardCharsets.UTF_8));
		assertThat(stored.length).as("kept deflated").isLessThan(answered.length / 3);
		JsonNode served = body(mvc.perform(get("/api/analyses/" + id).with(as("manager"))).andExpect(status().isOk()));
		assertThat(served).isEqualTo(read(new String(answered, StandardCharsets.UTF_8)));
	}

	@Test
	void shouldStillServeAnAnalysisStoredAsTextBeforeItsDocumentsWereDeflated() throws Exception {
		String client = "Stored As Text " + UUID.randomUUID();
		JsonNode imported = importSample(client);
		String id = imported.get("id").asString();
		String audit = StoredDocument.json(
				jdbc.sql("SELECT audit_doc FROM analyses WHERE id = ?").param(id).query(byte[].class).single());
		// a row as V1 to V85 wrote it: the documents as text, no deflated ones
		String older = UUID.randomUUID().toString();
		ObjectNode result = ((ObjectNode) imported.deepCopy()).put("id", older);
		jdbc.sql("""
				INSERT INTO analyses (id, client, wave, language, created_at, rules_version, audit_json, result_json, wave_id,
				    overall_score, alert_count, latest_observed_on)
				SELECT ?, client, wave, language, created_at, rules_version, ?, ?, wave_id, NULL, NULL, latest_observed_on
				FROM analyses WHERE id = ?""")
			.params(older, audit, json.writeValueAsString(result), id)
			.update();

		JsonNode served = body(mvc.perform(get("/api/analyses/" + older).with(as("manager"))).andExpect(status().isOk()));
		assertThat(served).isEqualTo(result);
		long findings = 0;
		for (JsonNode observation : read(audit).get("observations")) {
			findings += observation.get("findings").size();
		}
		assertThat(analyses.findings(older)).hasSize((int) findings).isEqualTo(analyses.findings(id));
		JsonNode listed = body(mvc.perform(get("/api/analyses").param("client", client).with(as("manager")))
			.andExpect(status().isOk())).get("items");
		assertThat(listed).hasSize(2);
		assertThat(listed.findValuesAsString("id")).containsExactlyInAnyOrder(id, older);
		assertThat(listed.get(0).get("alerts")).isEqualTo(listed.get(1).get("alerts"));
	}

	@Test
	void shouldKeepOneEngagementAndWaveWhenFirstImportsOfAClientRace() throws Exception {
		String client = "Race Client " + UUID.randomUUID();
		List<JsonNode> results = concurrently(6, () -> importSample(client));
		assertThat(results).hasSize(6);
		assertThat(count("SELECT COUNT(*) FROM engagements WHERE client = ?", client)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM waves w JOIN engagements e ON e.id = w.engagement_id WHERE e.client = ?",
				client)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM analyses WHERE client = ?", client)).isEqualTo(6);
	}

	@Test
	void shouldReadBackEveryFieldOfAnEditedPlan() throws Exception {
		JsonNode analysis = analyseSample();
		List<String> ids = new ArrayList<>();
		analysis.get("recommendations").forEach(r -> ids.add(r.get("id").asString()));
		JsonNode plan = body(mvc.perform(post("/api/action-plans").with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("analysisId", analysis.get("id").asString(), "recommendationIds", ids))))
			.andExpect(status().isCreated()));
		ObjectNode edited = (ObjectNode) plan.deepCopy();
		ObjectNode first = (ObjectNode) edited.get("items").get(0);
		first.put("note", "Мы начали — «tööd» käivad, ķēde ✓\nsecond line");
		first.put("dueDate", "2027-02-28");
		first.put("status", "IN_PROGRESS");
		first.put("owner", "Shift leads, Tartu");
		((ObjectNode) first.get("kpi")).put("target", 0.875);
		JsonNode saved = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/action-plans/" + plan.get("id").asString()).with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edited)))
			.andExpect(status().isOk()));
		JsonNode reread = body(mvc.perform(get("/api/action-plans/" + plan.get("id").asString()).with(as("manager")))
			.andExpect(status().isOk()));
		assertThat(reread).isEqualTo(saved);
		JsonNode item = reread.get("items").get(0);
		assertThat(item.get("note").asString()).isEqualTo("Мы начали — «tööd» käivad, ķēde ✓\nsecond line");
		assertThat(item.get("dueDate").asString()).isEqualTo("2027-02-28");
		assertThat(item.get("kpi").get("target").asDouble()).isEqualTo(0.875);
		assertThat(item.get("trainingActions")).isEqualTo(plan.get("items").get(0).get("trainingActions"));
		assertThat(item.get("addresses")).isEqualTo(plan.get("items").get(0).get("addresses"));
		assertThat(reread.get("items")).hasSize(ids.size());
	}

	@Test
	void shouldLetExactlyOneOfConcurrentEditorsOfOneVersionWin() throws Exception {
		JsonNode analysis = analyseSample();
		String recommendation = analysis.get("recommendations").get(0).get("id").asString();
		JsonNode plan = body(mvc.perform(post("/api/action-plans").with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("analysisId", analysis.get("id").asString(), "recommendationIds",
					List.of(recommendation)))))
			.andExpect(status().isCreated()));
		String id = plan.get("id").asString();
		int editors = 8;
		List<Integer> statuses = concurrently(editors, () -> {
			ObjectNode edit = (ObjectNode) plan.deepCopy();
			String title = "edit " + UUID.randomUUID();
			edit.put("title", title);
			((ObjectNode) edit.get("items").get(0)).put("note", title);
			return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/action-plans/" + id)
				.with(as("consultant")).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edit)))
				.andReturn().getResponse().getStatus();
		});
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(editors - 1);
		JsonNode after = body(mvc.perform(get("/api/action-plans/" + id).with(as("consultant"))));
		assertThat(after.get("version").asInt()).isEqualTo(2);
		assertThat(after.get("items").get(0).get("note").asString()).isEqualTo(after.get("title").asString());
	}

	private static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
