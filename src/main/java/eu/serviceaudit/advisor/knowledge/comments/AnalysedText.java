package eu.serviceaudit.advisor.knowledge.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import eu.serviceaudit.advisor.knowledge.search.StemPrefixFilter;

/**
 * A comment after the language analysis of search, analysed once: where each stem and each written word (lower case)
 * stands. Stop words leave gaps in the positions, as in a Lucene index. The stem-prefix tokens of search (first five
 * letters of a stem) are left out: as "the same word" they named the wrong criterion too often (nepieklājīgs "rude" and
 * nepiezvanīja "did not call" share ~nepie; docs/performance.md, "Comment matching").
 */
final class AnalysedText {

	private final Map<String, List<Integer>> stems = new HashMap<>();

	/** Stems and written words together, sorted, for the prefix look-ups of {@code *} words and of derived forms. */
	private final NavigableMap<String, List<Integer>> words = new TreeMap<>();

	private AnalysedText() {
	}

	static AnalysedText of(Analyzer analyzer, String text) {
		AnalysedText analysed = new AnalysedText();
		try (TokenStream tokens = analyzer.tokenStream("comment", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
			tokens.reset();
			int position = -1;
			while (tokens.incrementToken()) {
				position += increment.getPositionIncrement();
				String value = term.toString();
				if (StemPrefixFilter.TYPE.equals(type.type())) {
					continue;
				}
				add(analysed.stems, value, position);
				add(analysed.words, value, position);
				String written = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
				if (!written.equals(value)) {
					add(analysed.words, written, position);
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return analysed;
	}

	private static void add(Map<String, List<Integer>> map, String key, int position) {
		List<Integer> positions = map.computeIfAbsent(key, k -> new ArrayList<>(2));
		if (positions.isEmpty() || positions.get(positions.size() - 1) != position) {
			positions.add(position);
		}
	}

	boolean isEmpty() {
		return stems.isEmpty();
	}

	List<Integer> stem(String stem) {
		return stems.getOrDefault(stem, List.of());
	}

	/** Positions of the stems and written words that start with {@code start}. */
	void startingWith(String start, List<Integer> into) {
		for (List<Integer> positions : words.subMap(start, true, start + Character.MAX_VALUE, false).values()) {
			into.addAll(positions);
		}
	}

	/** The distinct stems and written words. */
	Iterable<String> words() {
		return words.keySet();
	}

}
