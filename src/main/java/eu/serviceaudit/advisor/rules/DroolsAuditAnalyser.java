package eu.serviceaudit.advisor.rules;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AuditAnalyser;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.rules.fact.Thresholds;

/**
 * Analyses an audit with the rule base in service: one session per analysis on the rule base it took at its start,
 * never compiling anything on the way. Comments are read with the {@link CommentMatcher} bean when there is one. Measures every analysis ({@code advisor.analysis} timer, tagged with its
 * outcome; {@code advisor.analysis.rules.fired} distribution) and logs one line per analysis.
 */
@Component
class DroolsAuditAnalyser implements AuditAnalyser {

	static final String ANALYSIS_METER = "advisor.analysis";

	static final String RULES_FIRED_METER = "advisor.analysis.rules.fired";

	private static final Logger log = LoggerFactory.getLogger(DroolsAuditAnalyser.class);

	private final CurrentRuleBase rules;

	private final CriteriaCatalogue catalogue;

	private final CurrentKnowledgeBase knowledge;

	private final MessageSource messages;

	private final CommentMatcher comments;

	private final MeterRegistry meters;

	private final DistributionSummary rulesFired;

	DroolsAuditAnalyser(CurrentRuleBase rules, CriteriaCatalogue catalogue, CurrentKnowledgeBase knowledge,
			MessageSource messages, MeterRegistry meters, ObjectProvider<CommentMatcher> comments) {
		this.comments = comments.getIfAvailable(() -> RuleEngine.NO_COMMENTS);
		this.rules = rules;
		this.catalogue = catalogue;
		this.knowledge = knowledge;
		this.messages = messages;
		this.meters = meters;
		this.rulesFired = DistributionSummary.builder(RULES_FIRED_METER)
			.description("Rule firings per analysis")
			.baseUnit("rules")
			.publishPercentileHistogram()
			.register(meters);
	}

	@Override
	public Analysis analyse(Audit audit) {
		return analyse(audit, alerts -> {
		});
	}

	/** Hands the alerts over after the rules' first firing, when they are final (see {@link RuleEngine}). */
	@Override
	public Analysis analyse(Audit audit, Consumer<List<Analysis.Alert>> alertsRaised) {
		RuleBase ruleBase = rules.get();
		Timer.Sample sample = Timer.start(meters);
		String outcome = "error";
		try {
			AnalysisAssembler assembler = new AnalysisAssembler(catalogue, knowledge.get(), messages);
			AtomicReference<List<Analysis.Alert>> worded = new AtomicReference<>();
			RuleOutcome result = RuleEngine.evaluate(ruleBase.kieBase(), catalogue.all(), Thresholds.DEFAULTS, audit,
					comments, null, raised -> {
						worded.set(assembler.alerts(audit, raised));
						alertsRaised.accept(worded.get());
					});
			Analysis analysis = assembler.assemble(audit, result, ruleBase.version(), worded.get());
			outcome = "success";
			rulesFired.record(result.rulesFired());
			log.info("Analysed {} observations of {} / {} on rules {}: {} rules fired, {} weaknesses, "
					+ "{} recommendations, {} alerts", audit.observations().size(), audit.client(), audit.wave(),
					ruleBase.version(), result.rulesFired(), analysis.weaknesses().size(),
					analysis.recommendations().size(), analysis.alerts().size());
			return analysis;
		}
		finally {
			sample.stop(Timer.builder(ANALYSIS_METER)
				.description("Analyses of audits by the rule engine")
				.tag("outcome", outcome)
				.publishPercentileHistogram()
				.register(meters));
		}
	}

}
