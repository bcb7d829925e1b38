package eu.serviceaudit.advisor.knowledge.comments;

import java.util.Set;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.system.Language;

/**
 * The comment matcher of the knowledge base in service: its vocabulary is loaded and checked with the knowledge base
 * at start (an invalid file stops the start, naming file and line) and follows each successful reload.
 */
@Component
class CurrentCommentMatcher implements CommentMatcher {

	private final CurrentKnowledgeBase knowledgeBase;

	CurrentCommentMatcher(CurrentKnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@Override
	public Set<String> criteriaNamedBy(String comment, Language language) {
		return knowledgeBase.get().commentVocabulary().criteriaNamedBy(comment, language);
	}

}
