package eu.serviceaudit.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * What operations see: health for everyone (components for ADMIN), metrics and the Prometheus scrape for ADMIN
 * after analyses, searches and reloads, and the analysis id in the log lines of an analysis.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests extends ApiTestSupport {

	@Test
	void shouldTellAnonymousCallersOnlyThatTheServiceIsUpAndAnAdminWhatIsReady() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
		mvc.perform(get("/actuator/health").with(as("consultant")))
			.andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));

		JsonNode health = json(get("/actuator/health"), "admin");
		assertThat(health.at("/components/rules/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/rules/details/version").asString()).hasSize(12);
		assertThat(health.at("/components/knowledgeBase/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/knowledgeBase/details/documents").asInt()).isPositive();
	}

	@Test
	void shouldMeasureAnalysesSearchesAndReloadsForAnAdmin() throws Exception {
		analyseSample();
		mvc.perform(get("/api/kb/search").param("q", "greeting").with(as("trainer"))).andExpect(status().isOk());
		mvc.perform(post("/api/admin/rules/reload").with(as("admin"))).andExpect(status().isOk());

		JsonNode analyses = json(get("/actuator/metrics/advisor.analysis").param("tag", "outcome:success"), "admin");
		assertThat(measurement(analyses, "COUNT")).isGreaterThanOrEqualTo(1);
		assertThat(measurement(analyses, "TOTAL_TIME")).isPositive();
		JsonNode fired = json(get("/actuator/metrics/advisor.analysis.rules.fired"), "admin");
		assertThat(measurement(fired, "TOTAL")).as("rules fired").isGreaterThan(measurement(fired, "COUNT"));
		assertThat(measurement(json(get("/actuator/metrics/advisor.search"), "admin"), "COUNT"))
			.isGreaterThanOrEqualTo(1);
		assertThat(measurement(json(get("/actuator/metrics/advisor.rules.reload").param("tag", "outcome:reloaded"),
				"admin"), "COUNT")).isGreaterThanOrEqualTo(1);

		String scrape = mvc.perform(get("/actuator/prometheus").with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(scrape).contains("advisor_analysis_seconds_count{outcome=\"success\"")
			.contains("advisor_analysis_seconds_bucket{")
			.contains("advisor_analysis_rules_fired_rules_count")
			.contains("advisor_search_seconds_count")
			.contains("advisor_rules_reload_total{outcome=\"reloaded\"");
	}

	@Test
	void shouldKeepMetricsFromEveryoneButAnAdmin() throws Exception {
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/actuator/prometheus").with(as("consultant"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(as("manager"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldWriteTheAnalysisIdIntoTheLogLinesOfItsAnalysis(CapturedOutput output) throws Exception {
		String id = analyseSample().get("id").asString();

		assertThat(output.getOut().lines().filter(line -> line.contains("[analysis=" + id + "]")))
			.anySatisfy(line -> assertThat(line).contains("Analysed").contains("rules fired"));
	}

	private JsonNode json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user) throws Exception {
		return read(mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static double measurement(JsonNode metric, String statistic) {
		for (JsonNode measurement : metric.get("measurements")) {
			if (measurement.get("statistic").asString().equals(statistic)) {
				return measurement.get("value").asDouble();
			}
		}
		throw new AssertionError("no " + statistic + " in " + metric);
	}

}
