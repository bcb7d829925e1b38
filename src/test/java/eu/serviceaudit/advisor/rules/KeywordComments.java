package eu.serviceaudit.advisor.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.system.Language;

/**
 * A stand-in for the knowledge base's comment matcher in rule tests: a comment names a criterion when it contains one
 * of the criterion's word stems (in any language). The rules only see what it names, so a fake is enough.
 */
final class KeywordComments implements CommentMatcher {

	static final KeywordComments STANDARD = new KeywordComments(Map.of("WAIT_TIME",
			Set.of("wait", "queue", "oota", "järjekor", "gaidī", "жд", "черг", "очеред"), "GREETING",
			Set.of("greet", "tervit", "sveicin", "поздорова", "привіт"), "TONE_COURTESY",
			Set.of("rude", "ebaviisak", "нагруб", "груб"), "PRODUCT_KNOWLEDGE", Set.of("did not know", "ei teadnud")));

	private final Map<String, Set<String>> stems;

	KeywordComments(Map<String, Set<String>> stems) {
		this.stems = stems;
	}

	@Override
	public Set<String> criteriaNamedBy(String comment, Language language) {
		Set<String> named = new LinkedHashSet<>();
		if (comment == null) {
			return named;
		}
		String text = comment.toLowerCase(Locale.ROOT);
		stems.forEach((code, words) -> {
			if (words.stream().anyMatch(text::contains)) {
				named.add(code);
			}
		});
		return named;
	}

}
