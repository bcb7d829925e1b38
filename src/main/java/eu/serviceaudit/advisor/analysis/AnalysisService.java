package eu.serviceaudit.advisor.analysis;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.slf4j.MDC;
import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditValidator;
import eu.serviceaudit.advisor.system.HelperThreads;

/** Validate, analyse, store: nothing is stored unless the audit is valid and the analysis succeeded. */
@Service
public class AnalysisService {

	/** The MDC key of the analysis id in log lines. */
	public static final String LOG_KEY = "analysisId";

	private final AuditValidator validator;

	private final AuditAnalyser analyser;

	private final Analyses analyses;

	private final AuditDocuments auditDocuments;

	AnalysisService(AuditValidator validator, AuditAnalyser analyser, Analyses analyses, AuditDocuments auditDocuments) {
		this.validator = validator;
		this.analyser = analyser;
		this.analyses = analyses;
		this.auditDocuments = auditDocuments;
	}

	public Analysis analyse(AuditRequest request) {
		return answer(request).analysis();
	}

	/** As {@link #analyse(AuditRequest)}, with the analysis's JSON as stored, for an answer that sends it as it is. */
	public Analyses.Answer answer(AuditRequest request) {
		return answer(validator.validate(request));
	}

	public Analysis analyse(Audit audit) {
		return answer(audit).analysis();
	}

	/**
	 * The analysis gets its id first, so that every log line written while it runs carries it (MDC analysisId). Its
	 * audit, then its alerts' follow-ups, are stored on a helper while the rules run, in the transaction that then
	 * stores the rest ({@link AuditDocuments#storeAlongside}); when every helper is busy, one step after the other on
	 * this thread.
	 */
	private Analyses.Answer answer(Audit audit) {
		String id = UUID.randomUUID().toString();
		try (MDC.MDCCloseable logContext = MDC.putCloseable(LOG_KEY, id)) {
			Analyses.Handover handover = new Analyses.Handover();
			Optional<CompletableFuture<Analyses.Answer>> storing = auditDocuments.storeAlongside(id, audit, handover);
			if (storing.isEmpty()) {
				AuditDocuments.Prepared made = HelperThreads.join(auditDocuments.make(audit));
				return analyses.store(id, audit, made.document(), made.results(), analyser.analyse(audit));
			}
			try {
				// the helper stores the follow-ups of the alerts while the rules make the rest of the analysis
				Analysis identified = Analyses.identified(id, analyser.analyse(audit, handover.alerts()::complete));
				handover.analysed().complete(identified);
				// made here while the helper writes what derives from the analysis
				handover.result().complete(analyses.resultDocument(identified));
			}
			catch (RuntimeException | Error ex) {
				// the helper's transaction rolls back with this exception, which the join below throws again
				handover.failed(ex);
			}
			return HelperThreads.join(storing.get());
		}
	}

}
