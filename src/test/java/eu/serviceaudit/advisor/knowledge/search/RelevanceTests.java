package eu.serviceaudit.advisor.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.knowledge.search.RelevanceSet.Judgement;
import eu.serviceaudit.advisor.knowledge.search.RelevanceSet.Score;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/** Ranking over the real knowledge base, judged by the relevance set: hit@5 at least 0.9 in every language. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceTests {

	private KnowledgeBase kb;

	private List<Judgement> judgements;

	@BeforeAll
	void load() {
		ContentFolder folder = ContentFolder.fromDirectory(Path.of("knowledge-base"));
		kb = new KnowledgeBaseLoader(CriteriaCatalogue.load(folder)).load(folder);
		judgements = RelevanceSet.read();
	}

	@Test
	void shouldHaveAtLeastTwelveQueriesPerLanguageWithKnownArticles() {
		for (Language language : Language.values()) {
			assertThat(judgements).filteredOn(j -> j.language() == language).hasSizeGreaterThanOrEqualTo(12);
		}
		assertThat(judgements).allSatisfy(j -> assertThat(j.relevant())
			.allSatisfy(id -> assertThat(kb.find(id)).as("%s in '%s'", id, j.query()).isPresent()));
	}

	@Test
	void shouldFindTheRightArticleInTheTopFiveInEveryLanguage() {
		Map<Language, Score> scores = evaluate(new LanguageAnalyzers());
		scores.forEach((language, score) -> {
			System.out.printf("relevance %s: %s%n", language.code(), score);
			score.misses().forEach(miss -> System.out.printf("  miss %s: %s%n", language.code(), miss));
		});
		assertThat(scores).allSatisfy((language, score) -> assertThat(score.hitAt5()).as("hit@5 of %s", language)
			.isGreaterThanOrEqualTo(0.9));
	}

	@Test
	void shouldRankEstonianAtLeastAsWellWithTheStemPrefixAsWithTheStemmerAlone() {
		Score stemOnly = evaluate(new LanguageAnalyzers(0, 0)).get(Language.ET);
		Score withPrefix = evaluate(new LanguageAnalyzers()).get(Language.ET);
		System.out.printf("relevance et, stemmer alone: %s; with stem prefix: %s%n", stemOnly, withPrefix);
		assertThat(withPrefix.hitAt5()).isGreaterThanOrEqualTo(stemOnly.hitAt5());
		assertThat(withPrefix.mrr()).isGreaterThanOrEqualTo(stemOnly.mrr());
	}

	private Map<Language, Score> evaluate(LanguageAnalyzers analyzers) {
		try (KnowledgeIndex index = new KnowledgeIndex(analyzers)) {
			index.rebuild(kb.all(), kb.version());
			return RelevanceSet.evaluate(new KnowledgeSearcher(index), judgements);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
