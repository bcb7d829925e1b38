package eu.serviceaudit.advisor.knowledge.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;


// the fixture knowledge base lacks most articles the rules point at: start anyway, the rules check is not tested here
@SpringBootTest(properties = { "advisor.kb-dir=src/test/resources/knowledge/valid", "advisor.rules.check-on-start=warn" })
@AutoConfigureMockMvc
class KnowledgeApiTests {

	private static final String PASSWORD = "test-password-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("knowledgeBaseHealthIndicator")
	HealthIndicator knowledgeBaseHealth;

	private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(user, PASSWORD));
	}

	@Test
	void shouldFindAnEstonianArticleByAnotherFormOfTheWord() throws Exception {
		mvc.perform(as("trainer", get("/api/kb/search").param("q", "kaebus").param("lang", "et")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", greaterThan(0)))
			.andExpect(jsonPath("$.hits[*].id", hasItem("rec-complaint-handling")))
			.andExpect(jsonPath("$.hits[*].language", everyItem(is("et"))))
			.andExpect(jsonPath("$.hits[0].title").isString())
			.andExpect(jsonPath("$.hits[0].score").isNumber())
			.andExpect(jsonPath("$.hits[0].criteria").isArray())
			.andExpect(jsonPath("$.facets.type").isMap())
			.andExpect(jsonPath("$.facets.dimension").isMap())
			.andExpect(jsonPath("$.facets.format").isMap())
			.andExpect(jsonPath("$.facets.language.et", greaterThan(0)))
			.andExpect(jsonPath("$.facets.stage").isMap());
	}

	@Test
	void shouldApplyTheFiltersOfTheContract() throws Exception {
		mvc.perform(as("manager", get("/api/kb/search").param("lang", "et").param("type", "EXERCISE")
			.param("criterion", "COMPLAINT_HANDLING").param("dimension", "EMPATHY").param("maxMinutes", "60")
			.param("format", "ROLE_PLAY").param("stage", "PROBLEM").param("limit", "10").param("offset", "0")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.hits[0].id", is("ex-complaint-role-play")))
			.andExpect(jsonPath("$.hits[0].format", is("ROLE_PLAY")))
			.andExpect(jsonPath("$.hits[0].durationMinutes", is(45)))
			.andExpect(jsonPath("$.hits[0].stage", is("PROBLEM")));
		mvc.perform(as("manager", get("/api/kb/search").param("type", "EXERCISE").param("maxMinutes", "30")))
			.andExpect(jsonPath("$.hits[*].id", everyItem(is("ex-greeting-drill"))))
			.andExpect(jsonPath("$.total", is(5)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "title:(( AND", "*", "\"", "~", "a~~~2^^3", "[* TO *]", "\\", "%00", "<script>alert(1)</script>" })
	void shouldAnswerAnyQueryTextWith200(String q) throws Exception {
		mvc.perform(as("consultant", get("/api/kb/search").param("q", q))).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	void shouldAnswerAHugeQueryWith200() throws Exception {
		mvc.perform(as("consultant", get("/api/kb/search").param("q", "kaebus ".repeat(5_000))))
			.andExpect(status().isOk());
	}

	@Test
	void shouldEscapeHtmlInSnippets() throws Exception {
		mvc.perform(as("trainer", get("/api/kb/search").param("q", "scripts").param("lang", "en")
			.param("type", "EXERCISE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>scripts</mark>")))
			.andExpect(jsonPath("$.hits[0].snippet", containsString("&lt;b&gt;")))
			.andExpect(jsonPath("$.hits[0].snippet", not(containsString("<b>"))));
	}

	@Test
	void shouldRefuseUnknownFilterValuesNamingTheParameter() throws Exception {
		mvc.perform(as("trainer", get("/api/kb/search").param("type", "GAME").param("lang", "fi")
			.param("maxMinutes", "soon").param("criterion", "SMILE")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].pointer", hasItem("/query/type")))
			.andExpect(jsonPath("$.errors[*].pointer", hasItem("/query/lang")))
			.andExpect(jsonPath("$.errors[*].pointer", hasItem("/query/maxMinutes")))
			.andExpect(jsonPath("$.errors[*].pointer", hasItem("/query/criterion")));
	}

	@Test
	void shouldClampPagingInsteadOfFailing() throws Exception {
		mvc.perform(as("trainer", get("/api/kb/search").param("limit", "-5").param("offset", "-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits.length()", is(0)))
			.andExpect(jsonPath("$.total", is(20)));
		mvc.perform(as("trainer", get("/api/kb/search").param("limit", "99999999999999999999999")
			.param("offset", "99999999999999999999")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits.length()", is(0)));
		mvc.perform(as("trainer", get("/api/kb/search").param("limit", "1000")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits.length()", is(20)));
		mvc.perform(as("trainer", get("/api/kb/search"))).andExpect(jsonPath("$.hits.length()", is(10)));
	}

	@Test
	void shouldRequireLogin() throws Exception {
		mvc.perform(get("/api/kb/search").param("q", "kaebus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/kb/articles/ex-greeting-drill")).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldGiveTheWholeArticleInTheLanguageAsked() throws Exception {
		mvc.perform(as("trainer", get("/api/kb/articles/rec-complaint-handling").param("lang", "et")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id", is("rec-complaint-handling")))
			.andExpect(jsonPath("$.type", is("RECOMMENDATION")))
			.andExpect(jsonPath("$.language", is("et")))
			.andExpect(jsonPath("$.title", is("Kaebuste käsitlemine ilma kaitsehoiakuta")))
			.andExpect(jsonPath("$.bodyMarkdown", containsString("## Miks see on oluline")))
			.andExpect(jsonPath("$.bodyHtml", containsString("<h2>Miks see on oluline</h2>")))
			.andExpect(jsonPath("$.kpi", containsString("kaebuste osakaal")))
			.andExpect(jsonPath("$.coaching").isString())
			.andExpect(jsonPath("$.training").isString())
			.andExpect(jsonPath("$.process").isString())
			.andExpect(jsonPath("$.processTitle", is("Lisa kaebuste registrisse põhjuse veerg")))
			.andExpect(jsonPath("$.trainingTitle", is("Harjutage kaebusi rollimängus")))
			.andExpect(jsonPath("$.coachingTitle", is("Arutage töötajaga üks kaebus läbi")))
			.andExpect(jsonPath("$.criteria", hasItem("COMPLAINT_HANDLING")))
			.andExpect(jsonPath("$.exercises[0].id", is("ex-complaint-role-play")))
			.andExpect(jsonPath("$.exercises[0].title", is("Kaebus rollimängus")));
		mvc.perform(as("manager", get("/api/kb/articles/ex-greeting-drill").param("lang", "uk")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format", is("DRILL")))
			.andExpect(jsonPath("$.durationMinutes", is(15)))
			.andExpect(jsonPath("$.groupSize.min", is(2)))
			.andExpect(jsonPath("$.groupSize.max", is(20)))
			.andExpect(jsonPath("$.level", is("BASIC")))
			.andExpect(jsonPath("$.title", containsString("Тренування привітання")));
	}

	@Test
	void shouldEscapeHtmlAndDropScriptLinksInTheArticleBody() throws Exception {
		mvc.perform(as("trainer", get("/api/kb/articles/pr-test-purchase")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language", is("en")))
			.andExpect(jsonPath("$.bodyHtml", containsString("&lt;script&gt;")))
			.andExpect(jsonPath("$.bodyHtml", not(containsString("<script>"))))
			.andExpect(jsonPath("$.bodyHtml", not(containsString("javascript:"))))
			.andExpect(jsonPath("$.bodyHtml", containsString("href=\"https://example.com\"")));
	}

	@Test
	void shouldAnswer404ForAnUnknownArticle() throws Exception {
		mvc.perform(as("trainer", get("/api/kb/articles/ex-nothing-here")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(404)));
		mvc.perform(as("trainer", get("/api/kb/articles/ex-greeting-drill").param("lang", "xx")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer", is("/query/lang")));
	}

	@Test
	void shouldReportTheIndexInHealth() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")));
		assertThat(knowledgeBaseHealth.health().getStatus()).isEqualTo(Status.UP);
		assertThat(knowledgeBaseHealth.health().getDetails()).containsEntry("documents", 20);
	}

}
