package eu.serviceaudit.advisor.waves;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.AnalysisBegun;
import eu.serviceaudit.advisor.analysis.AnalysisStored;

/**
 * Stores the figures of each analysis in the transaction that stores it (those of its audit alone as soon as its row
 * exists, when it is stored while its rules run); at start, once, the figures (and through
 * the same event, the alert follow-ups) of analyses stored before this feature existed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WaveRecorder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WaveRecorder.class);

	private final WaveFigures figures;

	private final Analyses analyses;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final AuditTallies tallies;

	WaveRecorder(WaveFigures figures, AuditTallies tallies, Analyses analyses, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.figures = figures;
		this.tallies = tallies;
		this.analyses = analyses;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener
	void begun(AnalysisBegun begun) {
		figures.writeAuditFigures(begun.analysisId(), begun.prepared(tallies));
	}

	@EventListener
	void stored(AnalysisStored stored) {
		// the audit's tallies were made while the rules ran (a start-up pass makes them now)
		if (stored.begun()) {
			figures.writeSummary(stored.analysis(), stored.prepared(tallies));
		}
		else {
			figures.write(stored.analysis(), stored.prepared(tallies), stored.fresh());
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		var missing = figures.analysesWithoutFigures();
		for (String id : missing) {
			transaction.executeWithoutResult(status -> analyses.find(id)
				.ifPresent(analysis -> analyses.findAudit(id)
					.ifPresent(audit -> events.publishEvent(new AnalysisStored(analysis, audit)))));
		}
		if (!missing.isEmpty()) {
			log.info("Wave figures and alert follow-ups written for {} analyses stored before them", missing.size());
		}
	}

}
