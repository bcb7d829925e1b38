package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.search.SearchFields.WeightedField;

/**
 * Builds the Lucene query for what a user typed, without a query parser: the text is analysed as the index was
 * and the query is assembled from the terms, so no input is a syntax error ({@code title:(( AND}, {@code *} and
 * quotes are just characters). Per word: the exact stem in title, summary and body (weighted 3, 2, 1), the
 * stem-prefix token where the language has one, a fuzzy match for typos, and a prefix match for the last word while
 * it is being typed, each scored below the exact match; over the words: most must match, and the words as a phrase
 * earn a bonus.
 */
final class TextQueryBuilder {

	static final int MAX_CHARS = 500;

	private static final float STEM_PREFIX_WEIGHT = 0.4f;

	private static final float FUZZY_WEIGHT = 0.25f;

	private static final float TYPING_PREFIX_WEIGHT = 0.3f;

	private static final float PHRASE_WEIGHT = 2f;

	private final LanguageAnalyzers analyzers;

	TextQueryBuilder(LanguageAnalyzers analyzers) {
		this.analyzers = analyzers;
	}

	private static final int MAX_EXPANSIONS = 10;

	/**
	 * The query of each language searched, or null when the text has no searchable word; a language in which no word
	 * can match is left out (so an empty map matches nothing). The searcher tells
	 * which words the index knows: unknown words get fuzzy and prefix matches when {@code fuzzy} is on, and a word
	 * that does not occur in a field is left out of that field's part of the query. The terms carry their statistics,
	 * so no later step looks them up again.
	 */
	Map<Language, Query> build(String text, Collection<Language> languages, boolean fuzzy, IndexSearcher searcher)
			throws IOException {
		if (text == null || text.isBlank()) {
			return null;
		}
		String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		// across all five languages each gets fewer words, to keep the whole query within Lucene's clause limit
		int maxPositions = languages.size() > 1 ? 6 : 12;
		int fuzzyPositions = languages.size() > 1 ? 3 : 5;
		IndexedTerms indexed = new IndexedTerms(searcher);
		Map<Language, List<Position>> analysed = new EnumMap<>(Language.class);
		// a word the index knows in any language searched is no typo: "greeting" gets no fuzzy match in Estonian
		Set<Integer> known = new HashSet<>();
		for (Language language : languages) {
			List<Position> positions = analyze(analyzers.forLanguage(language), bounded, maxPositions);
			analysed.put(language, positions);
			for (Position position : positions) {
				if (!known.contains(position.start) && known(position, SearchFields.textFields(language), indexed)) {
					known.add(position.start);
				}
			}
		}
		Map<Language, Query> perLanguage = new EnumMap<>(Language.class);
		if (analysed.values().stream().allMatch(List::isEmpty)) {
			return null;
		}
		for (Language language : languages) {
			Query query = forLanguage(bounded, language, analysed.get(language), fuzzy ? fuzzyPositions : 0, known,
					indexed);
			if (query != null) {
				perLanguage.put(language, query);
			}
		}
		return perLanguage;
	}

	/** One language's part of the query, or null when the text has no word in it that can match that language. */
	private Query forLanguage(String text, Language language, List<Position> positions, int fuzzyPositions,
			Set<Integer> known, IndexedTerms indexed) throws IOException {
		if (positions.isEmpty()) {
			return null;
		}
		String typing = typingWord(text);
		List<WeightedField> fields = SearchFields.textFields(language);
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		boolean anyClause = false;
		for (int i = 0; i < positions.size(); i++) {
			Position position = positions.get(i);
			boolean unknown = fuzzyPositions > 0 && !known.contains(position.start);
			BooleanQuery.Builder word = new BooleanQuery.Builder();
			for (WeightedField field : fields) {
				for (String stem : position.stems) {
					Query exact = indexed.query(field.name(), stem);
					if (exact != null) {
						word.add(boost(exact, field.boost()), Occur.SHOULD);
						anyClause = true;
					}
					if (unknown && i < fuzzyPositions && fuzzyCandidate(stem)) {
						int edits = stem.codePointCount(0, stem.length()) >= 8 ? 2 : 1;
						word.add(boost(new FuzzyQuery(new Term(field.name(), stem), edits, 1, MAX_EXPANSIONS, true),
								field.boost() * FUZZY_WEIGHT), Occur.SHOULD);
						anyClause = true;
					}
				}
				for (String prefix : position.prefixes) {
					Query exact = indexed.query(field.name(), prefix);
					if (exact != null) {
						word.add(boost(exact, field.boost() * STEM_PREFIX_WEIGHT), Occur.SHOULD);
						anyClause = true;
					}
				}
				if (unknown && i == positions.size() - 1 && typing != null) {
					PrefixQuery prefix = new PrefixQuery(new Term(field.name(), typing),
							new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_EXPANSIONS));
					word.add(boost(prefix, field.boost() * TYPING_PREFIX_WEIGHT), Occur.SHOULD);
					anyClause = true;
				}
			}
			// a word with no clause matches nothing but still counts towards how many words must match
			words.add(word.build(), Occur.SHOULD);
		}
		if (!anyClause) {
			return null;
		}
		words.setMinimumNumberShouldMatch(Math.max(1, Math.round(positions.size() * 0.6f)));
		if (positions.size() < 2) {
			return words.build();
		}
		BooleanQuery.Builder withPhrase = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
		Query titlePhrase = phrase(SearchFields.title(language), positions, indexed);
		if (titlePhrase != null) {
			withPhrase.add(boost(titlePhrase, PHRASE_WEIGHT * 2), Occur.SHOULD);
		}
		Query bodyPhrase = phrase(SearchFields.body(language), positions, indexed);
		if (bodyPhrase != null) {
			withPhrase.add(boost(bodyPhrase, PHRASE_WEIGHT), Occur.SHOULD);
		}
		return withPhrase.build();
	}

	/** Whether any stem of the word occurs in the index (then it is no typo and needs no fuzzy match). */
	private static boolean known(Position position, List<WeightedField> fields, IndexedTerms indexed)
			throws IOException {
		for (String stem : position.stems) {
			for (WeightedField field : fields) {
				if (indexed.query(field.name(), stem) != null) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The words as a phrase in one field, with only the forms that occur there (a form that does not occur adds
	 * nothing to the score), or null when some word does not occur in the field at all, so the phrase cannot match.
	 */
	private static Query phrase(String field, List<Position> positions, IndexedTerms indexed) throws IOException {
		MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder().setSlop(2);
		int first = positions.get(0).at;
		for (Position position : positions) {
			List<Term> forms = new ArrayList<>();
			for (String stem : position.stems) {
				if (indexed.query(field, stem) != null) {
					forms.add(new Term(field, stem));
				}
			}
			if (forms.isEmpty()) {
				return null;
			}
			phrase.add(forms.toArray(Term[]::new), position.at - first);
		}
		return phrase.build();
	}

	/**
	 * The index's term dictionary, each term looked up once per query: a term query that carries its statistics, or
	 * null when the term does not occur.
	 */
	private static final class IndexedTerms {

		private final IndexSearcher searcher;

		private final Map<Term, Optional<Query>> seen = new HashMap<>();

		IndexedTerms(IndexSearcher searcher) {
			this.searcher = searcher;
		}

		Query query(String field, String text) throws IOException {
			Term term = new Term(field, text);
			Optional<Query> query = seen.get(term);
			if (query == null) {
				TermStates states = TermStates.build(searcher, term, true);
				query = states.docFreq() == 0 ? Optional.empty() : Optional.of(new TermQuery(term, states));
				seen.put(term, query);
			}
			return query.orElse(null);
		}

	}

	private static boolean fuzzyCandidate(String stem) {
		return stem.codePointCount(0, stem.length()) >= 5 && stem.chars().noneMatch(Character::isDigit);
	}

	/** The last word when the text does not end in a space: the user may still be typing it. */
	private static String typingWord(String text) {
		if (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
			return null;
		}
		String[] words = text.strip().split("[^\\p{L}\\p{N}]+");
		String last = words.length == 0 ? "" : words[words.length - 1].toLowerCase(Locale.ROOT);
		return last.codePointCount(0, last.length()) >= 3 ? last : null;
	}

	private static Query boost(Query query, float boost) {
		return boost == 1f ? query : new BoostQuery(query, boost);
	}

	static List<Position> analyze(Analyzer analyzer, String text, int maxPositions) {
		TreeMap<Integer, Position> positions = new TreeMap<>();
		try (TokenStream stream = analyzer.tokenStream("q", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			int at = -1;
			while (stream.incrementToken()) {
				at += increment.getPositionIncrement();
				if (!positions.containsKey(at) && positions.size() >= maxPositions * 4) {
					break;
				}
				Position position = positions.computeIfAbsent(at, p -> new Position(p, offset.startOffset()));
				String value = term.toString();
				if (StemPrefixFilter.TYPE.equals(type.type())) {
					position.prefixes.add(value);
				}
				else {
					position.stems.add(value);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// a word typed twice counts once
		Set<Set<String>> seen = new java.util.HashSet<>();
		return positions.values().stream().filter(p -> !p.stems.isEmpty() && seen.add(p.stems)).limit(maxPositions).toList();
	}

	static final class Position {

		final int at;

		/** Where the word starts in the text: the same word in every language's analysis. */
		final int start;

		final Set<String> stems = new LinkedHashSet<>();

		final Set<String> prefixes = new LinkedHashSet<>();

		Position(int at, int start) {
			this.at = at;
			this.start = start;
		}

	}

}
