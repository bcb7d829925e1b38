package eu.serviceaudit.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/** The knowledge-base/ folder of the repository keeps the promises of CONTRACT.md section 6. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealKnowledgeBaseTests {

	private CriteriaCatalogue criteria;

	private KnowledgeBase kb;

	@BeforeAll
	void load() {
		ContentFolder folder = ContentFolder.fromDirectory(Path.of("knowledge-base"));
		criteria = CriteriaCatalogue.load(folder);
		kb = new KnowledgeBaseLoader(criteria).load(folder);
	}

	@Test
	void shouldLoadWithoutProblems() {
		assertThat(kb.all()).isNotEmpty();
		assertThat(criteria.all()).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void shouldHaveARecommendationForEveryCriterion() {
		List<String> without = criteria.all()
			.stream()
			.map(Criterion::code)
			.filter(code -> kb.addressing(code, ArticleType.RECOMMENDATION).isEmpty())
			.toList();
		assertThat(without).as("criteria without a RECOMMENDATION").isEmpty();
	}

	@Test
	void shouldHaveAnExerciseForEveryFrontlineAndInternalServiceCriterion() {
		List<String> without = criteria.all()
			.stream()
			.filter(Criterion::trainable)
			.map(Criterion::code)
			.filter(code -> kb.addressing(code, ArticleType.EXERCISE).isEmpty())
			.toList();
		assertThat(without).as("trainable criteria without an EXERCISE").isEmpty();
	}

	@Test
	void shouldHaveEveryArticleInEveryLanguage() {
		assertThat(kb.all()).allSatisfy(article -> assertThat(article.texts()).as(article.id())
			.containsOnlyKeys(Language.values()));
	}

	@Test
	void shouldHaveTextsThatDifferBetweenLanguages() {
		// a language file copied from another language is not a translation
		assertThat(kb.all()).allSatisfy(article -> assertThat(
				article.texts().values().stream().map(ArticleText::body).distinct().count())
			.as("distinct bodies of %s", article.id())
			.isEqualTo(Language.values().length));
	}

	@Test
	void shouldNameEveryCriterionInEveryLanguage() {
		for (Language language : Language.values()) {
			assertThat(criteria.all()).as("criteria/%s.csv", language.code())
				.allSatisfy(c -> assertThat(c.names().get(language)).as("%s in %s", c.code(), language.code())
					.isNotNull()
					.satisfies(name -> assertThat(name.name()).isNotBlank())
					.satisfies(name -> assertThat(name.description()).isNotBlank()));
		}
	}

	@Test
	void shouldOfferAnExerciseForTheTrainableCriteriaOfARecommendation() {
		for (Article recommendation : kb.all()) {
			if (recommendation.type() != ArticleType.RECOMMENDATION) {
				continue;
			}
			List<String> trainable = recommendation.criteria()
				.stream()
				.filter(code -> criteria.find(code).map(Criterion::trainable).orElse(false))
				.toList();
			if (trainable.isEmpty()) {
				continue;
			}
			List<String> covered = recommendation.exercises()
				.stream()
				.flatMap(id -> kb.find(id).stream())
				.flatMap(exercise -> exercise.criteria().stream())
				.toList();
			assertThat(covered).as("criteria addressed by the exercises %s offers", recommendation.id())
				.containsAnyElementsOf(trainable);
		}
	}

	@Test
	void shouldTitleEveryRecommendationOfAnAnalysisDifferently() {
		// one analysis can hold any kind of any article: no two of them may read alike in any language
		for (Language language : Language.values()) {
			Map<String, String> seen = new HashMap<>();
			List<String> clashes = new ArrayList<>();
			for (Article article : kb.all()) {
				if (article.type() != ArticleType.RECOMMENDATION) {
					continue;
				}
				for (RecommendationKind kind : RecommendationKind.values()) {
					String title = article.text(language).titleFor(kind);
					String where = article.id() + " " + kind;
					String other = seen.putIfAbsent(title.strip().toLowerCase(Locale.ROOT), where);
					if (other != null) {
						clashes.add(language.code() + ": '" + title + "' is " + other + " and " + where);
					}
				}
			}
			assertThat(clashes).isEmpty();
		}
	}

	/** Codes of the rules (owner roles, horizons, patterns, criteria) that must never reach a reader as they are. */
	private static final Pattern RAW_CODE = Pattern
		.compile("\\b(?:[A-Z0-9]+_[A-Z0-9_]+|SYSTEMIC|RECURRING|ISOLATED|COACHING|TRAINING|PROCESS|TRAINER)\\b");

	/** What an acronym stands for, as in "CSAT (Customer Satisfaction)": the name of a method, kept in English. */
	private static final Pattern ACRONYM_EXPANSION = Pattern.compile("\\b[A-Z]{2,}\\s*\\([^)]*\\)");

	/** English words that give away an untranslated phrase in an Estonian, Latvian, Russian or Ukrainian text. */
	private static final Pattern ENGLISH = Pattern.compile(
			"(?i)\\b(?:the|and|with|your|manager|team|store|owner|training|coaching|target|days|customer|buddy)\\b");

	@Test
	void shouldShowNoRawCodeInAnyText() {
		List<String> found = new ArrayList<>();
		for (Article article : kb.all()) {
			article.texts().forEach((language, text) -> readable(text)
				.forEach(part -> matches(RAW_CODE, part).forEach(code -> found.add(article.id() + "/" + language.code()
						+ ": " + code))));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void shouldWriteNoEnglishWordsInTheOtherLanguages() {
		List<String> found = new ArrayList<>();
		for (Article article : kb.all()) {
			article.texts().forEach((language, text) -> {
				if (language != Language.EN) {
					readable(text).forEach(part -> matches(ENGLISH, ACRONYM_EXPANSION.matcher(part).replaceAll(""))
						.forEach(word -> found.add(article.id() + "/" + language.code() + ": " + word)));
				}
			});
		}
		assertThat(found).isEmpty();
	}

	/** A numbered, bold step that says how long it takes: "3. **Three rounds (33 min).**" (мин, хв in ru, uk). */
	private static final Pattern TIMED_STEP = Pattern.compile("(?m)^\\d+\\. \\*\\*[^\\n]*?\\((\\d+) ?(?:min|мин|хв)[^)]*\\)");

	/** A numbered, bold item without a duration: a scenario card of a role play. */
	private static final Pattern CARD = Pattern.compile("(?m)^\\d+\\. \\*\\*(?![^\\n]*\\(\\d+ ?(?:min|мин|хв))");

	private static final List<String> SECTOR_ROLE_PLAYS = List.of("ex-retail-shop-floor-role-play",
			"ex-hotel-front-desk-role-play", "ex-bank-branch-role-play", "ex-contact-centre-call-role-play",
			"ex-internal-service-request-role-play");

	@Test
	void shouldTimeTheStepsOfEveryExerciseToItsDurationInEveryLanguage() {
		// a trainer runs the exercise from the page: the timed steps must fill the slot the session plan books
		for (Article exercise : kb.all()) {
			if (exercise.type() != ArticleType.EXERCISE) {
				continue;
			}
			exercise.texts().forEach((language, text) -> {
				Matcher steps = TIMED_STEP.matcher(text.body());
				int minutes = 0;
				while (steps.find()) {
					minutes += Integer.parseInt(steps.group(1));
				}
				assertThat(minutes).as("minutes of the steps of %s/%s.md", exercise.id(), language.code())
					.isEqualTo(exercise.durationMinutes());
			});
		}
	}

	@Test
	void shouldGiveEverySectorRolePlayFiveToEightScenarioCardsInEveryLanguage() {
		for (String id : SECTOR_ROLE_PLAYS) {
			Article rolePlay = kb.find(id).orElseThrow();
			assertThat(rolePlay.format()).as(id).isEqualTo(ExerciseFormat.ROLE_PLAY);
			rolePlay.texts()
				.forEach((language, text) -> assertThat(matches(CARD, text.body())).as("cards of %s/%s.md", id,
						language.code())
					.hasSizeBetween(5, 8));
		}
	}

	private static Stream<String> readable(ArticleText text) {
		return Stream
			.of(text.title(), text.summary(), text.kpi(), text.coaching(), text.training(), text.process(),
					text.processTitle(), text.trainingTitle(), text.coachingTitle(), text.body())
			.filter(part -> part != null);
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
