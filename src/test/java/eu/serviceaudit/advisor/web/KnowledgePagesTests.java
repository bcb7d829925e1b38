package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class KnowledgePagesTests extends WebTestSupport {

	@Test
	void searchShowsHighlightedSnippetsAndFacetCounts() throws Exception {
		String page = page(get("/kb").param("q", "greeting").param("language", "en").with(trainer()));
		assertThat(page).contains("<mark>").contains("id=\"facets\"").containsPattern("\\(\\d+\\)");
		assertThat(page).contains("/kb/articles/ex-30-30-greeting-drill");
	}

	@Test
	void aFacetLinkNarrowsTheResults() throws Exception {
		String all = page(get("/kb").param("language", "en").with(trainer()));
		String exercises = page(get("/kb").param("language", "en").param("type", "EXERCISE").with(trainer()));
		assertThat(all).contains("type=EXERCISE");
		assertThat(exercises).doesNotContain("/kb/articles/rec-");
	}

	@Test
	void hostileQueriesNeverFailThePage() throws Exception {
		for (String q : new String[] { "title:(( AND", "<script>alert(1)</script>", "\"unbalanced", "*?~^" }) {
			String page = page(get("/kb").param("q", q).with(manager()));
			assertThat(page).doesNotContain("<script>alert(1)</script>");
		}
	}

	@Test
	void anArticleReadsInTheChosenLanguageAndPrints() throws Exception {
		String page = page(get("/kb/articles/ex-30-30-greeting-drill").param("language", "en").with(consultant()));
		assertThat(page).contains("id=\"print-article\"").contains("id=\"article-duration\"");
		mvc.perform(get("/kb/articles/no-such-article").with(trainer())).andExpect(status().isNotFound());
	}

	@Test
	void aGroupSizeReadsWithItsNounInTheNumberOfItsLastFigure() throws Exception {
		String alone = page(get("/kb/articles/ex-answering-feedback-self-study").param("lang", "en").with(trainer()));
		assertThat(alone).contains("Group: 1 person").doesNotContain("1–1");
		assertThat(page(get("/kb/articles/ex-answering-feedback-self-study").param("lang", "uk").with(trainer())))
			.contains("Група: 1 особа");
		assertThat(page(get("/kb/articles/ex-30-30-greeting-drill").param("lang", "uk").with(trainer())))
			.contains("Група: 4–12 осіб");
	}

	@Test
	void onlyTrainersAreOfferedToAddAnExerciseToASession() throws Exception {
		assertThat(page(get("/kb/articles/ex-30-30-greeting-drill").with(trainer()))).contains("id=\"add-to-session\"");
		assertThat(page(get("/kb/articles/ex-30-30-greeting-drill").with(manager()))).doesNotContain("id=\"add-to-session\"");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
