package eu.serviceaudit.advisor.rules.fact;

import java.util.Collection;
import java.util.List;

/**
 * How many negative comments name a criterion, and the first three of them verbatim (in the order of their
 * references, so that the answer does not depend on the order facts were matched).
 */
public record CriterionVoice(String code, int comments, List<String> quotes) {

	public static final int QUOTES = 3;

	public CriterionVoice {
		quotes = List.copyOf(quotes);
	}

	public static CriterionVoice of(String code, Collection<CommentMatch> matches) {
		List<CommentMatch> sorted = matches.stream().sorted(java.util.Comparator.comparing(CommentMatch::reference)).toList();
		return new CriterionVoice(code, sorted.size(), sorted.stream().limit(QUOTES).map(CommentMatch::text).toList());
	}

}
