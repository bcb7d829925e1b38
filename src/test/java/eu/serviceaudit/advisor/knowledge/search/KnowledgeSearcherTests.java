package eu.serviceaudit.advisor.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.ExerciseFormat;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeFixtures;
import eu.serviceaudit.advisor.knowledge.search.SearchResult.SearchHit;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeSearcherTests {

	private KnowledgeIndex index;

	private KnowledgeSearcher searcher;

	@BeforeAll
	void buildIndex() {
		KnowledgeBase kb = KnowledgeFixtures.valid();
		index = new KnowledgeIndex(new LanguageAnalyzers());
		index.rebuild(kb.all(), kb.version());
		searcher = new KnowledgeSearcher(index);
	}

	@AfterAll
	void closeIndex() throws Exception {
		index.close();
	}

	private List<String> ids(String text, Language language) {
		return searcher.search(SearchRequest.text(text, language)).hits().stream().map(SearchHit::id).toList();
	}

	@Nested
	class Stemming {

		@ParameterizedTest(name = "{0}: {1} finds the article that only says {3}")
		@CsvSource({ "et, kaebus, rec-complaint-handling, kaebuste", "et, kaebuste, ex-complaint-role-play, kaebus",
				"ru, жалоба, rec-complaint-handling, жалобы", "ru, жалобы, ex-complaint-role-play, жалоба",
				"lv, sūdzība, rec-complaint-handling, sūdzības", "lv, sūdzības, ex-complaint-role-play, sūdzība",
				"uk, скарга, rec-complaint-handling, скарги", "uk, скарги, ex-complaint-role-play, скарга",
				"en, complaint, rec-complaint-handling, complaints" })
		void shouldFindOtherFormsOfTheWord(String lang, String query, String expected, String formInArticle) {
			assertThat(ids(query, Language.fromCode(lang).orElseThrow())).contains(expected);
		}

		@Test
		void shouldRankTheBetterMatchFirst() {
			assertThat(ids("greeting drill", Language.EN)).first().isEqualTo("ex-greeting-drill");
			assertThat(ids("test purchase", Language.EN)).first().isEqualTo("pr-test-purchase");
		}

	}

	@Nested
	class Typos {

		@ParameterizedTest(name = "{0}: {1}")
		@CsvSource({ "en, complant, rec-complaint-handling", "en, greting, ex-greeting-drill",
				"et, tervitamnise, ex-greeting-drill", "ru, приветсвие, ex-greeting-drill",
				"lv, sveicinšanas, ex-greeting-drill", "uk, привітанння, ex-greeting-drill" })
		void shouldTolerateATypo(String lang, String query, String expected) {
			assertThat(ids(query, Language.fromCode(lang).orElseThrow())).contains(expected);
		}

		@Test
		void shouldScoreAnExactMatchAboveATypoMatch() {
			float exact = searcher.search(SearchRequest.text("purchase", Language.EN)).hits().get(0).score();
			float typo = searcher.search(SearchRequest.text("purchace", Language.EN)).hits().get(0).score();
			assertThat(exact).isGreaterThan(typo);
		}

		@Test
		void shouldFindAWordWhileItIsBeingTyped() {
			assertThat(ids("role pla", Language.EN)).first().isEqualTo("ex-complaint-role-play");
		}

	}

	@Nested
	class HostileInput {

		@ParameterizedTest
		@ValueSource(strings = { "title:(( AND", "*", "\"", "~", "?", "complaint~2", "\"unclosed phrase", "AND OR NOT",
				"((((((((((", "\\", "/", "[1 TO *]", "{!lucene}", "+-&&||!", "\u0000\u0001", "🙂🙂", "   " })
		void shouldNeverFailOnQuerySyntax(String text) {
			for (Language language : Language.values()) {
				assertThat(searcher.search(SearchRequest.text(text, language))).isNotNull();
			}
			assertThat(searcher.search(SearchRequest.text(text))).isNotNull();
		}

		@Test
		void shouldSearchAHugeTextWithoutFailing() {
			String mixed = "complaint greeting kaebus жалоба sūdzība скарга purchase ".repeat(20_000);
			assertThat(searcher.search(SearchRequest.text(mixed))).isNotNull();
			String repeated = "complaints ".repeat(100_000);
			assertThat(searcher.search(SearchRequest.text(repeated)).hits()).extracting(SearchHit::id)
				.contains("rec-complaint-handling");
		}

		@Test
		void shouldTreatOperatorsAsWords() {
			assertThat(ids("title:complaint", Language.EN)).contains("rec-complaint-handling");
		}

	}

	@Nested
	class Snippets {

		@Test
		void shouldMarkMatchesAndEscapeEverythingElse() {
			SearchHit hit = searcher.search(SearchRequest.text("scripts", Language.EN)).hits().stream()
				.filter(h -> h.id().equals("ex-complaint-role-play")).findFirst().orElseThrow();
			assertThat(hit.snippet()).contains("<mark>scripts</mark>").contains("&lt;b&gt;").contains("&amp;")
				.doesNotContain("<b>");
		}

		@Test
		void shouldMarkAnEstonianFormFoundThroughTheStemPrefix() {
			SearchHit hit = searcher.search(SearchRequest.text("kaebus", Language.ET)).hits().stream()
				.filter(h -> h.id().equals("rec-complaint-handling")).findFirst().orElseThrow();
			assertThat(hit.snippet()).containsIgnoringCase("<mark>kaebus");
		}

		@Test
		void shouldGiveTheSummaryWhenThereIsNoText() {
			SearchResult result = searcher.search(SearchRequest.text("", Language.EN));
			assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.snippet()).doesNotContain("<mark>").isNotBlank());
		}

	}

	@Nested
	class FiltersFacetsAndPaging {

		@Test
		void shouldSearchEveryLanguageWhenNoneIsGiven() {
			SearchResult result = searcher.search(SearchRequest.text("скарга"));
			assertThat(result.hits()).extracting(SearchHit::language).containsOnly("uk");
			assertThat(searcher.search(SearchRequest.text("")).total()).isEqualTo(20);
		}

		@Test
		void shouldFilterByTypeFormatCriterionAndMinutes() {
			SearchRequest exercises = new SearchRequest("", Set.of(Language.EN), Set.of(ArticleType.EXERCISE),
					Set.of(), Set.of(), Set.of(), Set.of(), 30, 10, 0, true);
			assertThat(searcher.search(exercises).hits()).extracting(SearchHit::id).containsExactly("ex-greeting-drill");
			SearchRequest rolePlays = new SearchRequest("", Set.of(), Set.of(), Set.of("COMPLAINT_HANDLING"), Set.of(),
					Set.of(), Set.of(ExerciseFormat.ROLE_PLAY), null, 10, 0, true);
			SearchResult result = searcher.search(rolePlays);
			assertThat(result.total()).isEqualTo(5);
			assertThat(result.hits()).extracting(SearchHit::id).containsOnly("ex-complaint-role-play");
			assertThat(result.hits()).extracting(SearchHit::durationMinutes).containsOnly(45);
		}

		@Test
		void shouldCountFacetsOverAllMatches() {
			SearchResult result = searcher.search(SearchRequest.text("", Language.ET));
			assertThat(result.facets()).containsOnlyKeys("type", "dimension", "format", "language", "stage");
			assertThat(result.facets().get("type")).containsEntry("EXERCISE", 2).containsEntry("RECOMMENDATION", 1)
				.containsEntry("PRACTICE", 1);
			assertThat(result.facets().get("language")).containsExactly(java.util.Map.entry("et", 4));
			assertThat(result.facets().get("format")).containsEntry("ROLE_PLAY", 1).containsEntry("DRILL", 1);
		}

		@Test
		void shouldPageThroughTheHits() {
			SearchRequest all = new SearchRequest("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
					100, 0, false);
			List<SearchHit> every = searcher.search(all).hits();
			SearchRequest second = new SearchRequest("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
					null, 5, 5, false);
			SearchResult page = searcher.search(second);
			assertThat(page.total()).isEqualTo(20);
			assertThat(page.hits()).isEqualTo(every.subList(5, 10));
			SearchRequest beyond = new SearchRequest("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
					null, 5, 500, false);
			assertThat(searcher.search(beyond).hits()).isEmpty();
		}

	}

	@Nested
	class Rebuild {

		@Test
		void shouldServeTheNewKnowledgeBaseAfterARebuild() {
			KnowledgeBase kb = KnowledgeFixtures.valid();
			KnowledgeIndex fresh = new KnowledgeIndex(new LanguageAnalyzers());
			KnowledgeSearcher freshSearcher = new KnowledgeSearcher(fresh);
			fresh.rebuild(kb.all().stream().filter(a -> a.type() == ArticleType.PRACTICE).toList(), "v1");
			assertThat(freshSearcher.search(SearchRequest.text("")).total()).isEqualTo(5);
			fresh.rebuild(kb.all(), "v2");
			assertThat(freshSearcher.search(SearchRequest.text("")).total()).isEqualTo(20);
			assertThat(fresh.version()).isEqualTo("v2");
		}

	}

}
