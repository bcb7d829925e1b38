package eu.serviceaudit.advisor.analysis;

import java.util.List;
import java.util.function.Consumer;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Computes the analysis of a validated audit. The answer has no id and no creation time yet; {@link Analyses} gives
 * them when it stores it.
 */
public interface AuditAnalyser {

	Analysis analyse(Audit audit);

	/**
	 * As {@link #analyse(Audit)}, and hands {@code alertsRaised} the analysis's alerts, exactly as the answer lists
	 * them, as soon as they are known: their follow-ups can then be stored while the rest of the analysis is made.
	 * An analyser that knows them only at the end hands them over just before it answers.
	 */
	default Analysis analyse(Audit audit, Consumer<List<Analysis.Alert>> alertsRaised) {
		Analysis analysis = analyse(audit);
		alertsRaised.accept(analysis.alerts());
		return analysis;
	}

}
