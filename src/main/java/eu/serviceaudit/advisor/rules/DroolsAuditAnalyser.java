package eu.serviceaudit.advisor.rules;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AuditAnalyser;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.rules.fact.Thresholds;

/**
 * Analyses an audit with the rule base in service: one session per analysis on the rule base it took at its start,
 * never compiling anything on the way.
 */
@Component
class DroolsAuditAnalyser implements AuditAnalyser {

	private final CurrentRuleBase rules;

	private final CriteriaCatalogue catalogue;

	private final CurrentKnowledgeBase knowledge;

	private final MessageSource messages;

	DroolsAuditAnalyser(CurrentRuleBase rules, CriteriaCatalogue catalogue, CurrentKnowledgeBase knowledge,
			MessageSource messages) {
		this.rules = rules;
		this.catalogue = catalogue;
		this.knowledge = knowledge;
		this.messages = messages;
	}

	@Override
	public Analysis analyse(Audit audit) {
		RuleBase ruleBase = rules.get();
		RuleOutcome outcome = RuleEngine.evaluate(ruleBase.kieBase(), catalogue.all(), Thresholds.DEFAULTS,
				audit.findings().toList(), audit.responses().toList());
		return new AnalysisAssembler(catalogue, knowledge.get(), messages).assemble(audit, outcome,
				ruleBase.version());
	}

}
