package eu.serviceaudit.advisor.alerts;

import java.time.LocalDate;

import eu.serviceaudit.advisor.analysis.AlertKind;
import eu.serviceaudit.advisor.analysis.Severity;

/** One alert as work, with what the pages show beside the API's fields (location, reason, wave). */
public record FollowUp(String id, String analysisId, String client, String wave, String observationId,
		String locationId, String criterion, AlertKind kind, Severity severity, String reason, LocalDate due,
		AlertStatus status, String owner, String note, int version, boolean overdue) {

	/** The API's item: exactly the fields of CONTRACT.md section 11. */
	public AlertItem item() {
		return new AlertItem(id, analysisId, client, observationId, criterion, kind, severity, due, status, owner, note,
				version, overdue);
	}

	public record AlertItem(String id, String analysisId, String client, String observationId, String criterion,
			AlertKind kind, Severity severity, LocalDate due, AlertStatus status, String owner, String note,
			int version, boolean overdue) {
	}

}
