package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.search.KnowledgeIndex.FacetedSearcher;

/**
 * Snippets for hits: the best passage of the body that matches (else of the summary), matches wrapped in
 * {@code <mark>}, everything else HTML-escaped. Offsets come from the postings, so nothing is analysed again; the
 * texts come from memory, not from the stored fields, and sentence boundaries are computed once per text
 * ({@link SentenceBreaks}).
 */
final class Snippets {

	static final int LENGTH = 200;

	private static final DefaultPassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", "… ",
			true);

	private static final PassageScorer SCORER = new CheapPassageScorer();

	private Snippets() {
	}

	/**
	 * Snippets of the given documents, all in one language, in the order of {@code docIds}; null where nothing
	 * matched. {@code bodies} and {@code summaries} are the documents' field values, in the same order.
	 */
	static String[] highlight(FacetedSearcher searcher, LanguageAnalyzers analyzers, Query query, Language language,
			int[] docIds, String[] bodies, String[] summaries) throws IOException {
		String body = SearchFields.body(language);
		String summary = SearchFields.summary(language);
		SentenceBreaks sentences = searcher.sentences(language);
		UnifiedHighlighter highlighter = new InMemoryHighlighter(UnifiedHighlighter.builder(searcher, analyzers.perField())
			.withFormatter(FORMATTER)
			.withScorer(SCORER)
			.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(sentences.iterator(), LENGTH, 0.5f))
			.withMaxNoHighlightPassages(0)
			.withHandleMultiTermQuery(false)
			.withWeightMatches(false)
			.withHighlightPhrasesStrictly(false), docIds, Map.of(body, bodies, summary, summaries));
		String[] snippets = highlighter.highlightFields(new String[] { body }, query, docIds, new int[] { 1 }).get(body);
		// the summary only for the hits whose body has no match
		int[] withoutSnippet = IntStream.range(0, docIds.length).filter(i -> snippets[i] == null).toArray();
		if (withoutSnippet.length > 0) {
			int[] summaryDocIds = Arrays.stream(withoutSnippet).map(i -> docIds[i]).toArray();
			String[] found = highlighter.highlightFields(new String[] { summary }, query, summaryDocIds,
					new int[] { 1 }).get(summary);
			for (int j = 0; j < withoutSnippet.length; j++) {
				snippets[withoutSnippet[j]] = found[j];
			}
		}
		return snippets;
	}

	/** A plain summary as a snippet when there is nothing to highlight. */
	static String escaped(String text) {
		if (text == null) {
			return "";
		}
		String cut = text.length() > LENGTH + 50 ? text.substring(0, LENGTH) + "…" : text;
		StringBuilder out = new StringBuilder(cut.length() + 16);
		for (char c : cut.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Takes the field values from memory instead of decompressing each hit's stored document, truncated as the
	 * stored-field loader truncates them.
	 */
	private static final class InMemoryHighlighter extends UnifiedHighlighter {

		private final int[] docIds;

		private final Map<String, String[]> values;

		InMemoryHighlighter(UnifiedHighlighter.Builder builder, int[] docIds, Map<String, String[]> values) {
			super(builder);
			this.docIds = docIds;
			this.values = values;
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
				int cacheCharsThreshold) throws IOException {
			List<CharSequence[]> docs = new ArrayList<>();
			for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
				int index = indexOf(doc);
				CharSequence[] row = new CharSequence[fields.length];
				for (int f = 0; f < fields.length; f++) {
					String[] byDoc = values.get(fields[f]);
					String value = byDoc == null || index < 0 ? null : byDoc[index];
					row[f] = value == null ? null : value.substring(0, Math.min(getMaxLength(), value.length()));
				}
				docs.add(row);
			}
			return docs;
		}

		private int indexOf(int doc) {
			for (int i = 0; i < docIds.length; i++) {
				if (docIds[i] == doc) {
					return i;
				}
			}
			return -1;
		}

	}

	/**
	 * Lucene's passage score (BM25 over the passage, same order of summation, same result) without the
	 * {@code BytesRefHash} with its 32 KB block that the default allocates for every candidate passage.
	 */
	static final class CheapPassageScorer extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			int matches = passage.getNumMatches();
			BytesRef[] terms = passage.getMatchTerms();
			int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
			BytesRef[] unique = new BytesRef[matches];
			int[] inPassage = new int[matches];
			int[] inDoc = new int[matches];
			int count = 0;
			for (int i = 0; i < matches; i++) {
				int j = 0;
				while (j < count && !unique[j].bytesEquals(terms[i])) {
					j++;
				}
				if (j == count) {
					unique[j] = terms[i];
					inDoc[j] = freqsInDoc[i];
					count++;
				}
				inPassage[j]++;
			}
			double score = 0;
			for (int j = 0; j < count; j++) {
				score += tf(inPassage[j], passage.getLength()) * weight(contentLength, inDoc[j]);
			}
			score *= norm(passage.getStartOffset());
			return (float) score;
		}

	}

}
