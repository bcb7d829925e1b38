package eu.serviceaudit.advisor.knowledge.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.InvalidKnowledgeBaseException;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.content.ContentFolder;

class CommentVocabularyTests {

	static final String HEADER = "criterion,phrases\n";

	@TempDir
	Path folder;

	/** A knowledge base with the real criteria catalogue and the given vocabulary files (language code to text). */
	CommentVocabulary vocabulary(Map<String, String> files) {
		return CommentVocabulary.load(knowledgeBase(files));
	}

	ContentFolder knowledgeBase(Map<String, String> files) {
		try {
			Path criteria = Files.createDirectories(folder.resolve("criteria/voice"));
			Files.copy(Path.of("knowledge-base/criteria/criteria.csv"), folder.resolve("criteria/criteria.csv"));
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(criteria.resolve(file.getKey() + ".csv"), file.getValue(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ContentFolder.fromDirectory(folder);
	}

	/** Every language with the same row, so that only what a test changes differs. */
	static Map<String, String> everyLanguage(String rows) {
		return Map.of("en", HEADER + rows, "et", HEADER + rows, "lv", HEADER + rows, "ru", HEADER + rows, "uk",
				HEADER + rows);
	}

	@Nested
	class Matching {

		@ParameterizedTest(name = "{0}: ''{1}'' is said in ''{2}''")
		@CsvSource(delimiter = '|', value = { "et|ootama|Ootasin kaua.", "et|ootama|Ootamine oli väga pikk.",
				"et|ootama|Pidime ootama pool tundi.", "et|ootama|Ootamisaeg oli tund.", "et|järjekord|Seisime järjekorras.",
				"ru|очередь|Долго стояли в очереди.", "ru|очередь|Ужасная очередь.", "lv|rinda|Stāvēju rindā stundu.",
				"lv|rinda|Rindas ir bezgalīgas.", "uk|черга|Стояли у черзі годину.", "uk|чекати|Ми чекали сорок хвилин.",
				"en|wait|We waited for ages.", "en|queue|Queues everywhere.",
				"et|seisma|Retsepti järel tuli seista pool tundi." })
		void shouldFindEveryInflectedFormOfTheWordWritten(String language, String phrase, String comment) {
			CommentVocabulary vocabulary = vocabulary(everyLanguage("WAIT_TIME," + phrase + "\n"));

			assertThat(vocabulary.criteriaNamedBy(comment, Language.fromCode(language).orElseThrow()))
				.containsExactly("WAIT_TIME");
		}

		@Test
		void shouldFindThePhraseInAnyOrderWithAFewWordsBetweenButNotFarApart() {
			CommentVocabulary vocabulary = vocabulary(everyLanguage("PROMISE_KEPT,call back\n"));

			assertThat(vocabulary.criteriaNamedBy("Nobody called me back.", Language.EN)).contains("PROMISE_KEPT");
			assertThat(vocabulary.criteriaNamedBy("Back home I called twice.", Language.EN)).contains("PROMISE_KEPT");
			assertThat(vocabulary.criteriaNamedBy("I called on Monday about the parcel that was sent to the shop and "
					+ "then went back home", Language.EN)).isEmpty();
			assertThat(vocabulary.criteriaNamedBy("They called.", Language.EN)).as("every word is needed").isEmpty();
		}

		@Test
		void shouldFindEveryWordThatStartsAsAWordWrittenWithAStar() {
			CommentVocabulary vocabulary = vocabulary(everyLanguage("GREETING,nesveicin*\n"));

			assertThat(vocabulary.criteriaNamedBy("Mani neviens nesveicināja.", Language.LV)).containsExactly("GREETING");
			assertThat(vocabulary.criteriaNamedBy("Sveicināja laipni.", Language.LV)).isEmpty();
		}

		@Test
		void shouldNameEveryCriterionWhosePhrasesTheCommentContains() {
			CommentVocabulary vocabulary = vocabulary(everyLanguage("WAIT_TIME,queue\nTONE_COURTESY,rude\n"));

			assertThat(vocabulary.criteriaNamedBy("Long queue and a rude cashier.", Language.EN))
				.containsExactlyInAnyOrder("WAIT_TIME", "TONE_COURTESY");
			assertThat(vocabulary.criteriaNamedBy("Prices are too high.", Language.EN)).isEmpty();
		}

		@Test
		void shouldNameNothingForABlankCommentAndReadOnlyTheFirstFourThousandCharacters() {
			CommentVocabulary vocabulary = vocabulary(everyLanguage("TONE_COURTESY,rude\n"));

			assertThat(vocabulary.criteriaNamedBy(null, Language.EN)).isEmpty();
			assertThat(vocabulary.criteriaNamedBy("  ", Language.EN)).isEmpty();
			assertThat(vocabulary.criteriaNamedBy("ok ".repeat(1_400) + "rude", Language.EN)).isEmpty();
			assertThat(vocabulary.criteriaNamedBy("ok ".repeat(1_000) + "rude", Language.EN))
				.containsExactly("TONE_COURTESY");
		}

		@Test
		void shouldNameNothingWhenTheKnowledgeBaseHasNoVocabulary() throws IOException {
			Files.createDirectories(folder.resolve("criteria"));
			Files.copy(Path.of("knowledge-base/criteria/criteria.csv"), folder.resolve("criteria/criteria.csv"));

			CommentVocabulary vocabulary = CommentVocabulary.load(ContentFolder.fromDirectory(folder));

			assertThat(vocabulary.criteriaNamedBy("Rude and slow.", Language.EN)).isEmpty();
		}

	}

	@Nested
	class TheRealVocabulary {

		final CommentVocabulary real = CommentVocabulary.load(ContentFolder.fromDirectory(Path.of("knowledge-base")));

		@ParameterizedTest(name = "{0}: {1}")
		@CsvSource(delimiter = '|', value = { "en|I was not greeted at all.", "en|Nobody said hello.",
				"et|Mind ei tervitatud.", "et|Tere ei öelnud keegi.", "lv|Mūs nesveicināja.",
				"ru|Со мной не поздоровались.", "uk|Нас ніхто не привітав." })
		void shouldNameGreetingWhenACommentSaysNobodyGreeted(String language, String comment) {
			assertThat(real.criteriaNamedBy(comment, Language.fromCode(language).orElseThrow())).contains("GREETING");
		}

		@Test
		void shouldHavePhrasesInEveryLanguage() {
			for (Language language : Language.values()) {
				assertThat(real.phrases(language)).as(language.code()).isGreaterThan(300);
			}
		}

	}

	@Nested
	class Refusing {

		@Test
		void shouldNameFileAndLineOfAnUnknownCriterion() {
			Map<String, String> files = new java.util.HashMap<>(everyLanguage("WAIT_TIME,queue\n"));
			files.put("et", HEADER + "# märkus\nWAIT_TIME,järjekord\nWAITING,ootama\n");

			assertThatThrownBy(() -> vocabulary(files)).isInstanceOf(InvalidKnowledgeBaseException.class)
				.hasMessageContaining("criteria/voice/et.csv: line 4: unknown criterion 'WAITING'");
		}

		@Test
		void shouldNameFileAndLineOfAPhraseThatTheAnalysisReducesToNothing() {
			Map<String, String> files = new java.util.HashMap<>(everyLanguage("WAIT_TIME,queue\n"));
			files.put("en", HEADER + "WAIT_TIME,queue; not at the\n");

			assertThatThrownBy(() -> vocabulary(files))
				.hasMessageContaining("criteria/voice/en.csv: line 2: the phrase 'not at the' has only words");
		}

		@Test
		void shouldNameTheLanguageThatLacksTheCriterionAndWhereAnotherHasIt() {
			Map<String, String> files = new java.util.HashMap<>(everyLanguage("WAIT_TIME,queue\n"));
			files.put("lv", HEADER + "WAIT_TIME,rinda\nGREETING,sveicināt\n");

			assertThatThrownBy(() -> vocabulary(files)).hasMessageContaining(
					"criteria/voice/en.csv: no phrases for GREETING, which criteria/voice/lv.csv line 3 has");
		}

		@Test
		void shouldNameAMissingLanguageFileAndAWrongHeader() {
			Map<String, String> files = new java.util.HashMap<>(everyLanguage("WAIT_TIME,queue\n"));
			files.remove("uk");
			files.put("ru", "code,words\nWAIT_TIME,очередь\n");

			assertThatThrownBy(() -> vocabulary(files)).hasMessageContaining("criteria/voice/uk.csv: missing")
				.hasMessageContaining("criteria/voice/ru.csv: line 1: the header must be 'criterion,phrases'");
		}

		@Test
		void shouldRefuseTheWholeKnowledgeBaseWhenItsVocabularyIsInvalid() throws IOException {
			Map<String, String> files = new java.util.HashMap<>(everyLanguage("WAIT_TIME,queue\n"));
			files.put("et", HEADER + "WAIT_TIME,\n");
			ContentFolder knowledgeBase = knowledgeBase(files);

			assertThatThrownBy(() -> new KnowledgeBaseLoader(CriteriaCatalogue.load(knowledgeBase)).load(knowledgeBase))
				.isInstanceOf(InvalidKnowledgeBaseException.class)
				.hasMessageContaining("criteria/voice/et.csv: line 2: no phrases for WAIT_TIME");
		}

	}

}
