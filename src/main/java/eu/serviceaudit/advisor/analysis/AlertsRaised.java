package eu.serviceaudit.advisor.analysis;

import java.time.LocalDate;
import java.util.List;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Published inside the transaction that stores an analysis while its rules still run, after {@link AnalysisBegun}
 * and as soon as the rules have raised its alerts: listeners write their follow-ups now, while the rest of the
 * analysis is made. The same transaction then publishes {@link AnalysisStored} with {@link AnalysisStored#begun()}
 * true; when the rules fail, it rolls back what the listeners wrote.
 *
 * @param alerts the analysis's alerts exactly as it lists them (their order numbers them)
 * @param storedOn the day the analysis is stored, for alerts without a due date of their own
 */
public record AlertsRaised(String analysisId, Audit audit, List<Analysis.Alert> alerts, LocalDate storedOn) {

	public AlertsRaised {
		alerts = List.copyOf(alerts);
	}

}
