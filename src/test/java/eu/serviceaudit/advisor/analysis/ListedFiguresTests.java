package eu.serviceaudit.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.web.WebTestSupport;

/** The overall score and alert count of the analyses list are the analysis's own, also for rows stored before V85. */
class ListedFiguresTests extends WebTestSupport {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ListedFigures listedFigures;

	@Test
	void aListedAnalysisShowsTheScoreAndAlertsOfItsPage() throws Exception {
		String client = "Figures " + UUID.randomUUID();
		Analysis analysis = analyseFor(client);
		assertThat(analysis.alerts()).isNotEmpty();

		assertSameFiguresListedAsOnItsPage(client, analysis);
	}

	@Test
	void anAnalysisStoredBeforeTheFiguresHadColumnsIsListedWithItsOwnAndFilledAtStart() throws Exception {
		String client = "Older " + UUID.randomUUID();
		Analysis analysis = analyseFor(client);
		jdbc.sql("UPDATE analyses SET overall_score = NULL, alert_count = NULL WHERE id = :id")
			.param("id", analysis.id())
			.update();

		assertSameFiguresListedAsOnItsPage(client, analysis);
		listedFigures.run(null);
		listedFigures.run(null);
		assertThat(jdbc.sql("SELECT alert_count FROM analyses WHERE id = :id").param("id", analysis.id())
			.query(Integer.class).single()).isEqualTo(analysis.alerts().size());
		assertSameFiguresListedAsOnItsPage(client, analysis);
	}

	private void assertSameFiguresListedAsOnItsPage(String client, Analysis analysis) throws Exception {
		JsonNode shown = json.readTree(text(get("/api/analyses/{id}", analysis.id())));
		JsonNode listed = json.readTree(text(get("/api/analyses").param("client", client))).get("items").get(0);
		assertThat(listed.get("id").asString()).isEqualTo(analysis.id());
		assertThat(listed.get("overallScore").asDouble()).isEqualTo(shown.get("summary").get("overallScore").asDouble());
		assertThat(listed.get("alerts").asInt()).isEqualTo(shown.get("alerts").size());

		String listPage = text(get("/analyses").param("client", client));
		String analysisPage = text(get("/analyses/{id}", analysis.id()));
		String listedPercent = first("data-label=\"[^\"]*\">(\\d+ %)</td>", listPage);
		assertThat(analysisPage).contains("<span class=\"value\">" + listedPercent + "</span>");
		assertThat(listPage).containsPattern("data-label=\"[^\"]*\">" + analysis.alerts().size() + "</td>");
	}

	private static String first(String regex, String text) {
		Matcher found = java.util.regex.Pattern.compile(regex).matcher(text);
		assertThat(found.find()).as("%s in the page", regex).isTrue();
		return found.group(1);
	}

	private Analysis analyseFor(String client) {
		ObjectNode audit = (ObjectNode) json.readTree(resource(SAMPLE));
		audit.put("client", client);
		return analyse(json.writeValueAsString(audit));
	}

	private String text(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(consultant())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
