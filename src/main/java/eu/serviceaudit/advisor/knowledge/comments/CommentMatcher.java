package eu.serviceaudit.advisor.knowledge.comments;

import java.util.Set;

import org.springframework.modulith.NamedInterface;

import eu.serviceaudit.advisor.system.Language;

/**
 * Which criteria a customer's or an auditor's comment speaks of, read with the language analysis of the knowledge
 * base (so inflected forms match) against the per-criterion vocabulary the consultants keep beside each criterion.
 * A named interface of the knowledge module: the rules read comments through it.
 */
@NamedInterface("comments")
public interface CommentMatcher {

	/** The criterion codes the comment names; empty when it names none or is blank. */
	Set<String> criteriaNamedBy(String comment, Language language);

}
