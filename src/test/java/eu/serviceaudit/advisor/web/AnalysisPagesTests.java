package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;

class AnalysisPagesTests extends WebTestSupport {

	@Autowired
	Analyses analyses;

	@Test
	void consultantSeesScoresChartsHeatMapAndRankedRecommendations() throws Exception {
		Analysis analysis = analyseSample();
		mvc.perform(get("/analyses/" + analysis.id()).with(consultant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kohvik Päike OÜ — 2026-Q4")))
			.andExpect(content().string(containsString("id=\"dimension-chart\"")))
			.andExpect(content().string(containsString("id=\"location-chart\"")))
			.andExpect(content().string(containsString("Tartu, Rüütli 11")))
			.andExpect(content().string(containsString("class=\"heat heat-")))
			.andExpect(content().string(containsString("Nobody greeted me; two baristas were talking to each other.")))
			.andExpect(content().string(containsString("name=\"recommendationIds\"")));
	}

	@Test
	void managerReadsTheAnalysisButCannotPickRecommendationsOrUpload() throws Exception {
		Analysis analysis = analyseSample();
		mvc.perform(get("/analyses/" + analysis.id()).with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"recommendationIds\""))));
		mvc.perform(get("/analyses/new").with(manager())).andExpect(status().isForbidden());
	}

	@Test
	void thePageShownAgainFitsItsReaderAndLanguage() throws Exception {
		// the page renders its heavy parts once per language and "may pick": a second reader must not get the first's
		Analysis analysis = analyseSample();
		String consultant = body(get("/analyses/" + analysis.id()).with(consultant()));
		String manager = body(get("/analyses/" + analysis.id()).with(manager()));
		String estonian = body(get("/analyses/" + analysis.id()).param("lang", "et").with(manager()));
		String english = body(get("/analyses/" + analysis.id()).with(manager()));
		assertThat(consultant).contains("name=\"recommendationIds\"").contains("Criteria by location");
		assertThat(manager).doesNotContain("name=\"recommendationIds\"").contains("Criteria by location");
		assertThat(estonian).contains("Kriteeriumid asukohtade kaupa").doesNotContain("Criteria by location")
			.doesNotContain("name=\"recommendationIds\"");
		assertThat(english).contains("Criteria by location").doesNotContain("Kriteeriumid asukohtade kaupa")
			.doesNotContain("name=\"recommendationIds\"");
	}

	@Test
	void filteringByLocationKeepsOnlyRecommendationsWithFindingsThere() throws Exception {
		Analysis analysis = analyseSample();
		String all = body(get("/analyses/" + analysis.id()).with(manager()));
		String filtered = body(get("/analyses/" + analysis.id()).param("location", "NOWHERE").with(manager()));
		assertThat(count(all, "class=\"recommendation\"")).isGreaterThan(0);
		assertThat(count(filtered, "class=\"recommendation\"")).isZero();
		String horizon = body(get("/analyses/" + analysis.id()).param("horizon", "30_DAYS").with(manager()));
		long matching = analysis.recommendations().stream().filter(r -> r.horizon().label().equals("30_DAYS")).count();
		assertThat(count(horizon, "class=\"recommendation\"")).isEqualTo(matching);
	}

	@Test
	void trainerIsRefusedWithAClearPageThatShowsNoAnalysisData() throws Exception {
		Analysis analysis = analyseSample();
		mvc.perform(get("/analyses/" + analysis.id()).with(trainer()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/forbidden"))
			.andExpect(content().string(not(containsString("Kohvik"))));
		mvc.perform(get("/forbidden").with(trainer()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Access denied")))
			.andExpect(content().string(not(containsString("Kohvik"))));
		mvc.perform(get("/analyses").with(trainer())).andExpect(status().isForbidden());
		mvc.perform(get("/alerts").with(trainer())).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/analyses")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anUnknownAnalysisIsANotFoundPage() throws Exception {
		mvc.perform(get("/analyses/no-such-id").with(consultant()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
	}

	@Test
	void scriptInCommentAndClientNameShowsAsText() throws Exception {
		String hostile = resource(SAMPLE).replace("Kohvik Päike OÜ", "<script>alert(1)</script> Kohvik")
			.replace("Nobody greeted me; two baristas were talking to each other.", "<script>alert(1)</script>");
		Analysis analysis = analyse(hostile);
		String page = body(get("/analyses/" + analysis.id()).with(consultant()));
		assertThat(page).doesNotContain("<script>alert(1)</script>");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		String list = body(get("/analyses").with(consultant()));
		assertThat(list).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void pagesCarryTheContentSecurityPolicyAndRefuseFraming() throws Exception {
		mvc.perform(get("/analyses").with(consultant()))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void uploadOfAValidAuditShowsItsAnalysis() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "audit.json", "application/json",
				resource(SAMPLE).replace("2026-Q4", "upload-" + java.util.UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/analyses").file(file).with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/analyses/*"));
	}

	@Test
	void uploadOfAnInvalidAuditListsEveryErrorAndStoresNothing() throws Exception {
		int before = analyses.list().size();
		String invalid = resource(SAMPLE).replace("2026-Q4", "invalid-" + java.util.UUID.randomUUID())
			.replaceFirst("\"GREETING\"", "\"NO_SUCH_CRITERION\"")
			.replaceFirst("\"TLN-1\",\n   \"channel\"", "\"XXX-9\",\n   \"channel\"");
		MockMultipartFile file = new MockMultipartFile("file", "audit.json", "application/json",
				invalid.getBytes(StandardCharsets.UTF_8));
		String page = body(multipart("/analyses").file(file).with(consultant()).with(csrf()));
		assertThat(page).contains("/observations/0/findings/0/criterion").contains("/observations/0/locationId")
			.contains("Nothing was stored");
		assertThat(analyses.list()).hasSize(before);
	}

	@Test
	void uploadOfBrokenJsonSaysWhereItStopped() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "audit.json", "application/json",
				"{\n  \"client\": \"A\",\n  \"wave\": ]".getBytes(StandardCharsets.UTF_8));
		String page = body(multipart("/analyses").file(file).with(consultant()).with(csrf()));
		assertThat(page).contains("not valid JSON").contains("<code>3:");
	}

	@Test
	void uploadWithoutCsrfTokenIsRefused() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "audit.json", "application/json", new byte[] { '{' });
		mvc.perform(multipart("/analyses").file(file).with(consultant())).andExpect(status().isForbidden());
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

}
