/**
 * Matching free-text comments to the criteria they speak of, with the vocabulary of {@code knowledge-base/criteria/voice/}
 * and the language analysis of search. {@link eu.serviceaudit.advisor.knowledge.comments.CommentMatcher} (a bean) and
 * {@link eu.serviceaudit.advisor.knowledge.comments.CommentVocabulary} (outside Spring) are open to other features.
 */
@NamedInterface("comments")
package eu.serviceaudit.advisor.knowledge.comments;

import org.springframework.modulith.NamedInterface;
