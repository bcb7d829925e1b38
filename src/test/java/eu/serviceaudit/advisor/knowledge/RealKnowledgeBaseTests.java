package eu.serviceaudit.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

}
