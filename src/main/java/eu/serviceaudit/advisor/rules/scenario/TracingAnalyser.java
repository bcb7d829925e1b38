package eu.serviceaudit.advisor.rules.scenario;

import java.util.LinkedHashSet;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.rules.AnalysisAssembler;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleEngine;
import eu.serviceaudit.advisor.rules.RuleOutcome;
import eu.serviceaudit.advisor.rules.fact.Thresholds;

/**
 * Analyses an audit on a given rule base exactly as the service does, and also tells which rules fired: what the
 * scenario runner and the coverage runs of the rules check need.
 */
public final class TracingAnalyser {

	private final CriteriaCatalogue catalogue;

	private final AnalysisAssembler assembler;

	private final CommentMatcher comments;

	public TracingAnalyser(CriteriaCatalogue catalogue, KnowledgeBase knowledge, MessageSource messages) {
		this(catalogue, knowledge, messages, RuleEngine.NO_COMMENTS);
	}

	/** {@code comments} reads the negative comments of the audits as the service does. */
	public TracingAnalyser(CriteriaCatalogue catalogue, KnowledgeBase knowledge, MessageSource messages,
			CommentMatcher comments) {
		this.catalogue = catalogue;
		this.comments = comments;
		this.assembler = new AnalysisAssembler(catalogue, knowledge, messages);
	}

	public Traced analyse(RuleBase ruleBase, Audit audit) {
		Set<String> fired = new LinkedHashSet<>();
		RuleOutcome outcome = RuleEngine.evaluate(ruleBase.kieBase(), catalogue.all(), Thresholds.DEFAULTS, audit,
				comments, new DefaultAgendaEventListener() {
					@Override
					public void afterMatchFired(AfterMatchFiredEvent event) {
						fired.add(event.getMatch().getRule().getName());
					}
				});
		return new Traced(assembler.assemble(audit, outcome, ruleBase.version()), outcome, fired);
	}

	public CriteriaCatalogue catalogue() {
		return catalogue;
	}

	/** The analysis as the service would answer it, the raw outcome of the session and the rules that fired. */
	public record Traced(Analysis analysis, RuleOutcome outcome, Set<String> firedRules) {
	}

}
