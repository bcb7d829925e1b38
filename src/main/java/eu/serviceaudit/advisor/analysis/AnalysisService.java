package eu.serviceaudit.advisor.analysis;

import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditValidator;

/** Validate, analyse, store: nothing is stored unless the audit is valid and the analysis succeeded. */
@Service
public class AnalysisService {

	/** The MDC key of the analysis id in log lines. */
	public static final String LOG_KEY = "analysisId";

	private final AuditValidator validator;

	private final AuditAnalyser analyser;

	private final Analyses analyses;

	AnalysisService(AuditValidator validator, AuditAnalyser analyser, Analyses analyses) {
		this.validator = validator;
		this.analyser = analyser;
		this.analyses = analyses;
	}

	public Analysis analyse(AuditRequest request) {
		return analyse(validator.validate(request));
	}

	/** The analysis gets its id first, so that every log line written while it runs carries it (MDC analysisId). */
	public Analysis analyse(Audit audit) {
		String id = UUID.randomUUID().toString();
		try (MDC.MDCCloseable logContext = MDC.putCloseable(LOG_KEY, id)) {
			return analyses.add(id, audit, analyser.analyse(audit));
		}
	}

}
