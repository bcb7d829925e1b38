package eu.serviceaudit.advisor.knowledge.comments;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.knowledge.InvalidKnowledgeBaseException;
import eu.serviceaudit.advisor.knowledge.search.LanguageAnalyzers;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The comment vocabulary of the knowledge base ({@code criteria/voice/<lang>.csv}), analysed at load with the
 * analyzers of search, ready to match comments. Immutable and thread-safe: a reload builds a new one.
 */
public final class CommentVocabulary implements CommentMatcher {

	/** Comments are bounded where they enter; this is the matcher's own guard. */
	static final int MAX_COMMENT_LENGTH = 4_000;

	private static final CommentVocabulary EMPTY = new CommentVocabulary(null, new EnumMap<>(Language.class));

	private final LanguageAnalyzers analyzers;

	private final Map<Language, PhraseIndex> byLanguage;

	CommentVocabulary(LanguageAnalyzers analyzers, Map<Language, PhraseIndex> byLanguage) {
		this.analyzers = analyzers;
		this.byLanguage = byLanguage;
	}

	/** A vocabulary that names nothing: for a knowledge base without {@code criteria/voice/}. */
	public static CommentVocabulary empty() {
		return EMPTY;
	}

	/**
	 * Reads and analyses the vocabulary of a knowledge-base folder; adds a problem naming file and line for each
	 * mistake, and answers {@link #empty()} when there is any.
	 */
	public static CommentVocabulary read(ContentFolder folder, CriteriaCatalogue criteria, List<String> problems) {
		Set<String> codes = criteria.all().stream().map(Criterion::code).collect(Collectors.toSet());
		return new VocabularyReader(LanguageAnalyzers.shared(), codes).read(folder, problems);
	}

	/** Outside Spring (rules check, benchmarks, tests): the vocabulary of a folder, or the folder's problems. */
	public static CommentVocabulary load(ContentFolder folder) {
		List<String> problems = new java.util.ArrayList<>();
		CommentVocabulary vocabulary = read(folder, CriteriaCatalogue.load(folder), problems);
		if (!problems.isEmpty()) {
			throw new InvalidKnowledgeBaseException(problems);
		}
		return vocabulary;
	}

	@Override
	public Set<String> criteriaNamedBy(String comment, Language language) {
		PhraseIndex phrases = language == null ? null : byLanguage.get(language);
		if (phrases == null || comment == null || comment.isBlank()) {
			return Set.of();
		}
		AnalysedText text = AnalysedText.of(analyzers.forLanguage(language), bounded(comment));
		if (text.isEmpty()) {
			return Set.of();
		}
		Set<String> named = new LinkedHashSet<>();
		for (Phrase phrase : phrases.candidates(text)) {
			if (!named.contains(phrase.criterion()) && phrase.matches(text)) {
				named.add(phrase.criterion());
			}
		}
		return Collections.unmodifiableSet(named);
	}

	/** The phrases that match a comment, as "criterion 'phrase' (file: line n)": to see why a criterion was named. */
	public List<String> explain(String comment, Language language) {
		PhraseIndex phrases = language == null ? null : byLanguage.get(language);
		if (phrases == null || comment == null || comment.isBlank()) {
			return List.of();
		}
		AnalysedText text = AnalysedText.of(analyzers.forLanguage(language), bounded(comment));
		return phrases.candidates(text)
			.stream()
			.filter(phrase -> phrase.matches(text))
			.map(phrase -> phrase.criterion() + " '" + phrase.written() + "' (" + phrase.source() + ")")
			.toList();
	}

	private static String bounded(String comment) {
		return comment.length() > MAX_COMMENT_LENGTH ? comment.substring(0, MAX_COMMENT_LENGTH) : comment;
	}

	/** How many phrases a language has: for the admin page and logs. */
	public int phrases(Language language) {
		PhraseIndex phrases = byLanguage.get(language);
		return phrases == null ? 0 : phrases.size();
	}

}
