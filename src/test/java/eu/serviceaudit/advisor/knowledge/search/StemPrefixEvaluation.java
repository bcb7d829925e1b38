package eu.serviceaudit.advisor.knowledge.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.knowledge.search.RelevanceSet.Judgement;
import eu.serviceaudit.advisor.knowledge.search.RelevanceSet.Score;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * A measurement, not a test: hit@5 and MRR of Estonian and Latvian over the relevance set for several stem-prefix
 * lengths. Run: {@code ./mvnw -q test-compile exec:java ...} or from the IDE; figures in docs/performance.md.
 */
public final class StemPrefixEvaluation {

	public static void main(String[] args) throws Exception {
		ContentFolder folder = ContentFolder.fromDirectory(Path.of("knowledge-base"));
		KnowledgeBase kb = new KnowledgeBaseLoader(CriteriaCatalogue.load(folder)).load(folder);
		List<Judgement> judgements = RelevanceSet.read();
		for (int length : new int[] { 0, 4, 5, 6, 7 }) {
			try (KnowledgeIndex index = new KnowledgeIndex(new LanguageAnalyzers(length, length))) {
				index.rebuild(kb.all(), kb.version());
				Map<Language, Score> scores = RelevanceSet.evaluate(new KnowledgeSearcher(index), judgements);
				System.out.printf("prefix %d: et %s | lv %s%n", length, scores.get(Language.ET), scores.get(Language.LV));
				scores.get(Language.ET).misses().forEach(m -> System.out.println("   et miss " + m));
				scores.get(Language.LV).misses().forEach(m -> System.out.println("   lv miss " + m));
			}
		}
	}

}
