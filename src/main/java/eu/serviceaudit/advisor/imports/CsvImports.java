package eu.serviceaudit.advisor.imports;

import java.io.InputStream;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AnalysisService;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditValidator;
import eu.serviceaudit.advisor.audit.InvalidAuditException;

/**
 * A CSV export analysed as {@code POST /api/imports/csv} does it, also for callers outside this package (the upload
 * page). The file is read as a stream up to the audit cap. Throws
 * {@link eu.serviceaudit.advisor.system.web.BadRequestException} for an unreadable file and
 * {@link InvalidAuditException} with CSV lines for an invalid one; nothing is stored then.
 */
@Component
public class CsvImports {

	private final AuditValidator validator;

	private final AnalysisService analyses;

	CsvImports(AuditValidator validator, AnalysisService analyses) {
		this.validator = validator;
		this.analyses = analyses;
	}

	public Analysis analyse(InputStream body, String client, String wave, String language) {
		CsvAuditReader.Read read = CsvAuditReader.read(body, client, wave, language, validator.maxItems());
		Audit audit;
		try {
			audit = validator.validate(read.request());
		}
		catch (InvalidAuditException ex) {
			throw new InvalidAuditException(read.lines().translate(ex.errors()), ex.total());
		}
		return analyses.analyse(audit);
	}

}
