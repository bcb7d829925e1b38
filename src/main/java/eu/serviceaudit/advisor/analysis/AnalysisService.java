package eu.serviceaudit.advisor.analysis;

import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditValidator;

/** Validate, analyse, store: nothing is stored unless the audit is valid and the analysis succeeded. */
@Service
public class AnalysisService {

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

	public Analysis analyse(Audit audit) {
		return analyses.add(audit, analyser.analyse(audit));
	}

}
