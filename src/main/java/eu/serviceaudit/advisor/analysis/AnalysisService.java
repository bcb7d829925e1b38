package eu.serviceaudit.advisor.analysis;

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

	/** The analysis gets its id first, so that every log line written while it runs carries it (MDC analysisId). */
	private Analyses.Answer answer(Audit audit) {
		String id = UUID.randomUUID().toString();
		try (MDC.MDCCloseable logContext = MDC.putCloseable(LOG_KEY, id)) {
			CompletableFuture<AuditDocuments.Prepared> prepared = auditDocuments.make(audit);
			Analysis computed = analyser.analyse(audit);
			AuditDocuments.Prepared made = HelperThreads.join(prepared);
			return analyses.store(id, audit, made.document(), made.results(), computed);
		}
	}

}
