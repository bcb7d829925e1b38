package eu.serviceaudit.advisor.rules.check;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.rules.PreparedRuleBase;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleEngine;
import eu.serviceaudit.advisor.rules.RuleBaseValidator;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/** The rules check as the gate of the rule base in service: run at start and at every reload. */
@Component
class RulesCheckValidator implements RuleBaseValidator {

	private static final Logger log = LoggerFactory.getLogger(RulesCheckValidator.class);

	private final CriteriaCatalogue catalogue;

	private final CurrentKnowledgeBase knowledge;

	private final MessageSource messages;

	private final CommentMatcher comments;

	/**
	 * The comment matcher is taken now, on the thread creating the beans: the first check runs on a thread of its own
	 * while the other beans are created, and must not create one.
	 */
	RulesCheckValidator(CriteriaCatalogue catalogue, CurrentKnowledgeBase knowledge, MessageSource messages,
			ObjectProvider<CommentMatcher> comments) {
		this.comments = comments.getIfAvailable(() -> RuleEngine.NO_COMMENTS);
		this.catalogue = catalogue;
		this.knowledge = knowledge;
		this.messages = messages;
	}

	/**
	 * The check's problems; none without running it when the build checked this very rules folder against this very
	 * knowledge base ({@link PreparedRuleBase}): the verdict depends on nothing else but the jar's own code.
	 */
	@Override
	public List<RuleError> validate(RuleBase candidate, ContentFolder folder) {
		String knowledgeBase = knowledge.get().version();
		if (PreparedRuleBase.checkPassed(folder.digest(), knowledgeBase)) {
			log.info("Rules check not run again: the build checked these rules ({}) against this knowledge base ({})",
					candidate.version(), knowledgeBase);
			return List.of();
		}
		return check().check(folder, candidate).problems();
	}

	/** A check against the catalogue and the knowledge base in service now. */
	RulesCheck check() {
		return new RulesCheck(catalogue, knowledge.get(), List.of(), messages, comments);
	}

}
