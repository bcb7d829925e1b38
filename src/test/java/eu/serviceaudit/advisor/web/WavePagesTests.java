package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import eu.serviceaudit.advisor.alerts.AlertFilter;
import eu.serviceaudit.advisor.alerts.AlertWork;
import eu.serviceaudit.advisor.alerts.FollowUp;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.waves.ThreeWaveClient;

/** The pages of the re-audit cycle render the synthetic client's figures and take the follow-up of an alert. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WavePagesTests extends WebTestSupport {

	@Autowired
	AlertWork alerts;

	Analysis w2;

	Analysis w3;

	@BeforeAll
	void waves() {
		analyse(json.writeValueAsString(ThreeWaveClient.audit(1)));
		w2 = analyse(json.writeValueAsString(ThreeWaveClient.audit(2)));
		w3 = analyse(json.writeValueAsString(ThreeWaveClient.audit(3)));
	}

	@Test
	void comparisonPageShowsChangesWithNoiseByCriterionDimensionAndLocation() throws Exception {
		String html = page("/analyses/" + w3.id() + "/comparison");
		assertThat(html).contains("id=\"previous-wave\"").contains("W2");
		assertThat(html).contains("id=\"criteria-GREETING\"").contains("id=\"dimensions-RESPONSIVENESS\"")
			.contains("id=\"locations-L1\"");
		assertThat(html).contains("Real change").contains("within noise");
		assertThat(page("/analyses/" + first() + "/comparison")).contains("id=\"no-previous\"");
	}

	@Test
	void clientPageDrawsTheTrendTheDriverGridAndTheLeagueTable() throws Exception {
		String html = page("/clients/{client}", ThreeWaveClient.CLIENT);
		assertThat(html).contains("<svg").contains("series-score").contains("series-nps").contains("error-bar");
		assertThat(html.split("<circle", -1).length - 1).as("3 score points, 1 CSAT, 1 NPS, and the driver dots")
			.isGreaterThanOrEqualTo(5 + 4);
		assertThat(html).contains("quadrant-FIX_FIRST").contains("league-row");
		assertThat(page("/clients")).contains(ThreeWaveClient.CLIENT);
	}

	@Test
	void dashboardShowsFiguresLinkedToTheirEvidence() throws Exception {
		String html = page("/dashboard");
		assertThat(html).contains("figure-overdue").contains("/alerts?client=").contains("overdue=true");
		assertThat(html).contains("trend-chart").contains("driver-grid").contains("league-table");
		for (String path : new String[] { "/dashboard", "/clients", "/alerts" }) {
			mvc.perform(get(path).with(trainer())).andExpect(status().isForbidden());
		}
	}

	@Test
	void managerFollowsAnAlertUpOnThePageAndAStaleFormSavesNothing() throws Exception {
		FollowUp alert = alerts.list(new AlertFilter(ThreeWaveClient.CLIENT, null, null, null, false), 1, 0).items().get(0);
		String saved = mvc.perform(post("/alerts/" + alert.id() + "/follow-up").with(manager()).with(csrf())
			.param("newStatus", "CONTACTED").param("owner", "Shift lead").param("note", "Talked it through")
			.param("version", String.valueOf(alert.version())).param("client", ThreeWaveClient.CLIENT))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(saved).contains("result=saved");
		assertThat(alerts.get(alert.id()).status().name()).isEqualTo("CONTACTED");
		String stale = mvc.perform(post("/alerts/" + alert.id() + "/follow-up").with(manager()).with(csrf())
			.param("newStatus", "RESOLVED").param("version", String.valueOf(alert.version())))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(stale).contains("result=stale");
		assertThat(alerts.get(alert.id()).status().name()).isEqualTo("CONTACTED");
		String html = page("/alerts?client={client}&status=CONTACTED", ThreeWaveClient.CLIENT);
		assertThat(html).contains("Shift lead").contains("alert-history");
		mvc.perform(post("/alerts/" + alert.id() + "/follow-up").with(trainer()).with(csrf())
			.param("newStatus", "RESOLVED").param("version", "2")).andExpect(status().isForbidden());
	}

	private String first() {
		return alerts.list(AlertFilter.ALL, 500, 0).items().stream()
			.filter(f -> f.wave().equals("W1")).findFirst().map(FollowUp::analysisId).orElseThrow();
	}

	private String page(String path, Object... variables) throws Exception {
		return mvc.perform(get(path, variables).with(manager())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
