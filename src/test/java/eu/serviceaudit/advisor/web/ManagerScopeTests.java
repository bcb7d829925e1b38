package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.analysis.Analysis;

/**
 * A manager assigned to clients sees only those, on the pages and through every API family (analyses, clients and
 * drivers, comparisons, reports, alerts, plans); another client is a 404, as if it did not exist. A manager assigned
 * to none, consultants and admins see every client.
 */
class ManagerScopeTests extends WebTestSupport {

	/** A manager of their own (not the shared mock "manager"), so that other tests keep an unassigned manager. */
	private final String managerName = "mona-" + UUID.randomUUID();

	private final RequestPostProcessor mona = user(managerName).roles("MANAGER");

	private String mine;

	private String other;

	private Analysis myAnalysis;

	private Analysis otherAnalysis;

	private String otherPlan;

	private String otherAlert;

	@BeforeEach
	void twoClientsOneOfThemMonas() throws Exception {
		mine = "Mine " + UUID.randomUUID();
		other = "Other " + UUID.randomUUID();
		myAnalysis = analyseFor(mine);
		otherAnalysis = analyseFor(other);
		ok(put("/api/clients/{client}/rhythm", mine).with(consultant()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("rhythm", "QUARTERLY", "manager", managerName))));
		List<String> picked = otherAnalysis.recommendations().stream().limit(2).map(Analysis.Recommendation::id).toList();
		otherPlan = json.readTree(done(post("/api/action-plans").with(consultant()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("analysisId", otherAnalysis.id(), "recommendationIds", picked)))))
			.get("id").asString();
		done(post("/api/analyses/{id}/report/publish", otherAnalysis.id()).with(consultant()));
		otherAlert = json.readTree(ok(get("/api/alerts").param("client", other).with(consultant())))
			.get("items").get(0).get("id").asString();
	}

	@Test
	void theAnalysesOfAnotherClientAreNotThereForHer() throws Exception {
		JsonNode listed = json.readTree(ok(get("/api/analyses").param("limit", "500").with(mona)));
		assertThat(ids(listed.get("items"))).contains(myAnalysis.id()).doesNotContain(otherAnalysis.id());
		assertThat(ok(get("/api/analyses/engagements").with(mona))).contains(mine).doesNotContain(other);
		ok(get("/api/analyses/{id}", myAnalysis.id()).with(mona));
		ok(get("/api/analyses/{id}/comparison", myAnalysis.id()).with(mona));
		notFound(get("/api/analyses/{id}", otherAnalysis.id()).with(mona));
		notFound(get("/api/analyses/{id}/comparison", otherAnalysis.id()).with(mona));
		notFound(get("/api/analyses/{id}/comparison", myAnalysis.id()).param("previous", otherAnalysis.id()).with(mona));
		notFound(get("/api/analyses/{id}/report", otherAnalysis.id()).with(mona));
		notFound(get("/api/analyses/{id}/report/export", otherAnalysis.id()).with(mona));

		assertThat(ok(get("/analyses").with(mona))).contains(myAnalysis.id()).doesNotContain(otherAnalysis.id());
		ok(get("/analyses/{id}", myAnalysis.id()).with(mona));
		notFound(get("/analyses/{id}", otherAnalysis.id()).with(mona));
		notFound(get("/analyses/{id}/comparison", otherAnalysis.id()).with(mona));
		notFound(get("/analyses/{id}/report", otherAnalysis.id()).with(mona));
	}

	@Test
	void anotherClientAndItsKeyDriversAreNotThereForHer() throws Exception {
		JsonNode clients = json.readTree(ok(get("/api/clients").param("limit", "500").with(mona)));
		List<String> names = new ArrayList<>();
		clients.get("items").forEach(c -> names.add(c.get("client").asString()));
		assertThat(names).containsExactly(mine);
		ok(get("/api/clients/{client}/drivers", mine).with(mona));
		notFound(get("/api/clients/{client}/drivers", other).with(mona));

		assertThat(ok(get("/clients").with(mona))).contains(mine).doesNotContain(other);
		ok(get("/clients/{client}", mine).with(mona));
		notFound(get("/clients/{client}", other).with(mona));
		assertThat(ok(get("/dashboard").with(mona))).contains(mine).doesNotContain(other);
	}

	@Test
	void theAlertsOfAnotherClientAreNotThereForHer() throws Exception {
		JsonNode alerts = json.readTree(ok(get("/api/alerts").param("limit", "500").with(mona)));
		assertThat(alerts.get("total").asInt()).isPositive();
		alerts.get("items").forEach(a -> assertThat(a.get("client").asString()).isEqualTo(mine));
		assertThat(json.readTree(ok(get("/api/alerts").param("client", other).with(mona))).get("total").asInt()).isZero();
		notFound(get("/api/alerts/{id}", otherAlert).with(mona));
		notFound(patch("/api/alerts/{id}", otherAlert).with(mona).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"CONTACTED\", \"version\": 1}"));
		assertThat(json.readTree(ok(get("/api/alerts/{id}", otherAlert).with(consultant()))).get("status").asString())
			.as("left as it was").isEqualTo("OPEN");

		assertThat(ok(get("/alerts").with(mona))).contains(mine).doesNotContain(other);
		notFound(post("/alerts/{id}/follow-up", otherAlert).param("newStatus", "CONTACTED").param("version", "1")
			.with(mona).with(csrf()));
	}

	@Test
	void thePlansOfAnotherClientAreNotThereForHer() throws Exception {
		JsonNode plans = json.readTree(ok(get("/api/action-plans").param("limit", "500").with(mona)));
		assertThat(ids(plans.get("items"))).doesNotContain(otherPlan);
		notFound(get("/api/action-plans/{id}", otherPlan).with(mona));
		notFound(get("/api/action-plans/{id}/export", otherPlan).param("format", "md").with(mona));
		JsonNode plan = json.readTree(ok(get("/api/action-plans/{id}", otherPlan).with(consultant())));
		notFound(patch("/api/action-plans/{id}/items/{item}", otherPlan, plan.get("items").get(0).get("id").asString())
			.with(mona).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("status", "DONE", "version", plan.get("version").asInt()))));

		assertThat(ok(get("/plans").with(mona))).doesNotContain(otherPlan);
		notFound(get("/plans/{id}", otherPlan).with(mona));
	}

	@Test
	void aManagerAssignedToNoClientAConsultantAndAnAdminSeeEveryClient() throws Exception {
		for (RequestPostProcessor who : List.of(manager(), consultant(), admin())) {
			ok(get("/api/analyses/{id}", otherAnalysis.id()).with(who));
			ok(get("/api/analyses/{id}/report", otherAnalysis.id()).with(who));
			ok(get("/api/clients/{client}/drivers", other).with(who));
			ok(get("/api/alerts/{id}", otherAlert).with(who));
			ok(get("/api/action-plans/{id}", otherPlan).with(who));
			ok(get("/analyses/{id}", otherAnalysis.id()).with(who));
			ok(get("/clients/{client}", other).with(who));
			ok(get("/plans/{id}", otherPlan).with(who));
			JsonNode listed = json.readTree(ok(get("/api/analyses").param("client", other).with(who)));
			assertThat(ids(listed.get("items"))).containsExactly(otherAnalysis.id());
		}
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private Analysis analyseFor(String client) {
		ObjectNode audit = (ObjectNode) json.readTree(resource(SAMPLE));
		audit.put("client", client);
		return analyse(json.writeValueAsString(audit));
	}

	private String ok(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String done(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void notFound(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request).andExpect(status().isNotFound());
	}

}
