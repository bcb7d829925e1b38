package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.search.SearchResult.SearchHit;

/** The queries of src/test/resources/relevance/queries.tsv and hit@5 / MRR over them. */
final class RelevanceSet {

	static final Path FILE = Path.of("src/test/resources/relevance/queries.tsv");

	static final int TOP = 5;

	record Judgement(Language language, String query, List<String> relevant) {
	}

	record Score(int queries, double hitAt5, double mrr, List<String> misses) {

		@Override
		public String toString() {
			return String.format("queries=%d hit@5=%.3f MRR=%.3f", queries, hitAt5, mrr);
		}

	}

	static List<Judgement> read() {
		try {
			List<Judgement> judgements = new ArrayList<>();
			for (String line : Files.readAllLines(FILE)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				judgements.add(new Judgement(Language.fromCode(columns[0]).orElseThrow(), columns[1],
						Arrays.asList(columns[2].split(","))));
			}
			return judgements;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<Language, Score> evaluate(KnowledgeSearcher searcher, List<Judgement> judgements) {
		Map<Language, Score> scores = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			List<Judgement> mine = judgements.stream().filter(j -> j.language() == language).toList();
			int hits = 0;
			double reciprocal = 0;
			List<String> misses = new ArrayList<>();
			for (Judgement judgement : mine) {
				List<String> ids = searcher.search(SearchRequest.text(judgement.query(), language).withLimit(TOP)
					.withHighlight(false)).hits().stream().map(SearchHit::id).toList();
				int rank = 0;
				for (int i = 0; i < ids.size(); i++) {
					if (judgement.relevant().contains(ids.get(i))) {
						rank = i + 1;
						break;
					}
				}
				if (rank > 0) {
					hits++;
					reciprocal += 1.0 / rank;
				}
				else {
					misses.add(judgement.query() + " -> " + ids);
				}
			}
			scores.put(language, new Score(mine.size(), mine.isEmpty() ? 0 : (double) hits / mine.size(),
					mine.isEmpty() ? 0 : reciprocal / mine.size(), misses));
		}
		return scores;
	}

}
