package eu.serviceaudit.advisor.rules.check;

import java.util.Set;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.system.Language;

/**
 * The comment matcher of the rules check: a comment that is exactly a criterion code (as the coverage audits write
 * them) names that criterion, whatever the vocabulary says; every other comment is read by the matcher in service.
 * So the rules about comments are checked even when no vocabulary is loaded.
 */
final class CriterionCodeComments implements CommentMatcher {

	private final CriteriaCatalogue catalogue;

	private final CommentMatcher delegate;

	CriterionCodeComments(CriteriaCatalogue catalogue, CommentMatcher delegate) {
		this.catalogue = catalogue;
		this.delegate = delegate;
	}

	@Override
	public Set<String> criteriaNamedBy(String comment, Language language) {
		String text = comment == null ? "" : comment.strip();
		if (catalogue.contains(text)) {
			return Set.of(text);
		}
		return delegate.criteriaNamedBy(comment, language);
	}

}
