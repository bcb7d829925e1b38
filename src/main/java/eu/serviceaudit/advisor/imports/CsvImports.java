package eu.serviceaudit.advisor.imports;

import java.io.InputStream;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AnalysisService;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditValidator;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.web.BadRequestException;

/**
 * A CSV export analysed: read, validated (errors translated to CSV lines and columns), analysed and stored, for the
 * API ({@code POST /api/imports/csv}) and the upload page alike. Throws {@link BadRequestException} for an unreadable
 * file and {@link InvalidRequestException} with CSV lines for an invalid one; nothing is stored then. The file is read
 * as a stream up to the cap of findings per audit.
 */
@Component
class CsvImports {

	private final AuditValidator validator;

	private final AnalysisService analyses;

	CsvImports(AuditValidator validator, AnalysisService analyses) {
		this.validator = validator;
		this.analyses = analyses;
	}

	Analysis analyse(InputStream body, String client, String wave, String language) {
		CsvAuditReader.Read read = CsvAuditReader.read(body, client, wave, language, validator.maxItems());
		Audit audit;
		try {
			audit = validator.validate(read.request());
		}
		catch (InvalidRequestException ex) {
			throw new InvalidRequestException(read.lines().translate(ex.errors()), ex.total());
		}
		return analyses.analyse(audit);
	}

}
