package eu.serviceaudit.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.system.Language;

class KnowledgeBaseLoaderTests {

	@TempDir
	Path dir;

	@Test
	void shouldLoadEveryArticleWithItsFiveLanguages() {
		KnowledgeBase kb = KnowledgeFixtures.valid();

		assertThat(kb.all()).extracting(Article::id)
			.containsExactlyInAnyOrder("rec-complaint-handling", "ex-complaint-role-play", "ex-greeting-drill",
					"pr-test-purchase");
		Article exercise = kb.find("ex-complaint-role-play").orElseThrow();
		assertThat(exercise.texts()).containsOnlyKeys(Language.values());
		assertThat(exercise.format()).isEqualTo(ExerciseFormat.ROLE_PLAY);
		assertThat(exercise.durationMinutes()).isEqualTo(45);
		assertThat(exercise.groupMin()).isEqualTo(3);
		assertThat(exercise.groupMax()).isEqualTo(12);
		Article recommendation = kb.find("rec-complaint-handling").orElseThrow();
		assertThat(recommendation.exercises()).containsExactly("ex-complaint-role-play");
		assertThat(recommendation.text(Language.ET).kpi()).startsWith("Esimesel pöördumisel");
		assertThat(recommendation.text(Language.ET).body()).startsWith("## Miks see on oluline");
	}

	@Test
	void shouldTitleEachKindOfRecommendationInItsOwnWords() {
		ArticleText text = KnowledgeFixtures.valid().find("rec-complaint-handling").orElseThrow().text(Language.ET);

		assertThat(text.titleFor(RecommendationKind.PROCESS)).isEqualTo("Lisa kaebuste registrisse põhjuse veerg");
		assertThat(text.titleFor(RecommendationKind.TRAINING)).isEqualTo("Harjutage kaebusi rollimängus");
		assertThat(text.titleFor(RecommendationKind.COACHING)).isEqualTo("Arutage töötajaga üks kaebus läbi");
		assertThat(text.summaryFor(RecommendationKind.COACHING)).isEqualTo(text.coaching());
	}

	@Test
	void shouldFallBackToTheArticleTitleForAKindWithoutItsOwnTitle() {
		ArticleText text = new ArticleText("Handle complaints", "s", "k", "c", "t", "p", "body");

		assertThat(text.titleFor(RecommendationKind.PROCESS)).isEqualTo("Handle complaints");
		assertThat(text.titleFor(RecommendationKind.COACHING)).isEqualTo("Handle complaints");
	}

	@Test
	void shouldRefuseARecommendationWithoutATitleForEachKind() throws IOException {
		replace("recommendations/rec-complaint-handling/lv.md", "coachingTitle: Pārrunāt ar darbinieku vienu sūdzību\n",
				"");

		assertRefused("recommendations/rec-complaint-handling/lv.md: coachingTitle: missing in the front matter");
	}

	@Test
	void shouldRefuseAProcessChangeAndATrainingUnderOneTitle() throws IOException {
		replace("recommendations/rec-complaint-handling/uk.md", "trainingTitle: Відпрацювати скарги в рольовій грі",
				"trainingTitle: Додати до журналу скарг графу причини");

		assertRefused("recommendations/rec-complaint-handling/uk.md: trainingTitle: must differ from processTitle");
	}

	@Test
	void shouldGiveTheSameVersionForTheSameContent() {
		assertThat(KnowledgeFixtures.valid().version()).isEqualTo(KnowledgeFixtures.valid().version());
	}

	@Test
	void shouldRefuseAMissingLanguageFile() throws IOException {
		Files.delete(copy().resolve("exercises/ex-greeting-drill/lv.md"));

		assertRefused("exercises/ex-greeting-drill/lv.md: missing");
	}

	@Test
	void shouldRefuseAMissingFrontMatterField() throws IOException {
		replace("recommendations/rec-complaint-handling/ru.md", "kpi: Доля жалоб, решённых при первом обращении\n", "");

		assertRefused("recommendations/rec-complaint-handling/ru.md: kpi: missing in the front matter");
	}

	@Test
	void shouldRefuseATextWithoutFrontMatter() throws IOException {
		Files.writeString(copy().resolve("practices/pr-test-purchase/uk.md"), "Просто текст\n");

		assertRefused("practices/pr-test-purchase/uk.md: must start with a front matter block");
	}

	@Test
	void shouldRefuseAnUnknownCriterionCode() throws IOException {
		replace("exercises/ex-greeting-drill/article.yaml", "criteria: [GREETING]", "criteria: [GREETING, SMILING]");

		assertRefused("exercises/ex-greeting-drill/article.yaml: criteria: unknown criterion 'SMILING'");
	}

	@Test
	void shouldRefuseAnUnknownDimension() throws IOException {
		replace("practices/pr-test-purchase/article.yaml", "dimension: RELIABILITY", "dimension: FRIENDLINESS");

		assertRefused("practices/pr-test-purchase/article.yaml: dimension: unknown dimension 'FRIENDLINESS'");
	}

	@Test
	void shouldRefuseAnUnknownStage() throws IOException {
		replace("practices/pr-test-purchase/article.yaml", "stage: WELCOME", "stage: ENTRANCE");

		assertRefused("practices/pr-test-purchase/article.yaml: stage: unknown stage 'ENTRANCE'");
	}

	@Test
	void shouldRefuseAnUnknownExerciseFormat() throws IOException {
		replace("exercises/ex-greeting-drill/article.yaml", "format: DRILL", "format: GAME");

		assertRefused("exercises/ex-greeting-drill/article.yaml: format: unknown format 'GAME'");
	}

	@Test
	void shouldRefuseAnExerciseWithoutDuration() throws IOException {
		replace("exercises/ex-greeting-drill/article.yaml", "durationMinutes: 15\n", "");

		assertRefused("exercises/ex-greeting-drill/article.yaml: durationMinutes: must be a positive whole number");
	}

	@Test
	void shouldRefuseAnIdThatDiffersFromItsFolder() throws IOException {
		replace("practices/pr-test-purchase/article.yaml", "id: pr-test-purchase", "id: pr-mystery-shopping");

		assertRefused("practices/pr-test-purchase/article.yaml: id: must equal the folder name 'pr-test-purchase'");
	}

	@Test
	void shouldRefuseADuplicateId() throws IOException {
		Path root = copy();
		Path twin = root.resolve("practices/ex-greeting-drill");
		Files.createDirectories(twin);
		for (String file : new String[] { "en.md", "et.md", "lv.md", "ru.md", "uk.md" }) {
			Files.copy(root.resolve("practices/pr-test-purchase/" + file), twin.resolve(file));
		}
		Files.writeString(twin.resolve("article.yaml"), """
				id: ex-greeting-drill
				type: PRACTICE
				criteria: [GREETING]
				dimension: RESPONSIVENESS
				stage: WELCOME
				""");

		assertRefused("id: duplicate id 'ex-greeting-drill'");
	}

	@Test
	void shouldRefuseARecommendationPointingAtAMissingExercise() throws IOException {
		replace("recommendations/rec-complaint-handling/article.yaml", "exercises: [ex-complaint-role-play]",
				"exercises: [ex-complaint-role-play, ex-does-not-exist]");

		assertRefused("recommendations/rec-complaint-handling/article.yaml: exercises: 'ex-does-not-exist' is not an exercise");
	}

	@Test
	void shouldRefuseARecommendationPointingAtAPracticeInsteadOfAnExercise() throws IOException {
		replace("recommendations/rec-complaint-handling/article.yaml", "exercises: [ex-complaint-role-play]",
				"exercises: [pr-test-purchase]");

		assertRefused("exercises: 'pr-test-purchase' is not an exercise");
	}

	@Test
	void shouldNameEveryProblemAtOnce() throws IOException {
		Path root = copy();
		Files.delete(root.resolve("exercises/ex-greeting-drill/lv.md"));
		replace("practices/pr-test-purchase/article.yaml", "stage: WELCOME", "stage: ENTRANCE");

		assertThatThrownBy(() -> KnowledgeFixtures.load(root)).isInstanceOfSatisfying(
				InvalidKnowledgeBaseException.class, ex -> assertThat(ex.problems()).hasSize(2));
	}

	private Path copy() {
		if (!Files.exists(dir.resolve("criteria"))) {
			KnowledgeFixtures.copyOfValid(dir);
		}
		return dir;
	}

	private void replace(String file, String from, String to) throws IOException {
		Path path = copy().resolve(file);
		String text = Files.readString(path);
		assertThat(text).as("fixture %s", file).contains(from);
		Files.writeString(path, text.replace(from, to));
	}

	private void assertRefused(String expected) {
		assertThatThrownBy(() -> KnowledgeFixtures.load(copy())).isInstanceOf(InvalidKnowledgeBaseException.class)
			.hasMessageContaining(expected);
	}

}
