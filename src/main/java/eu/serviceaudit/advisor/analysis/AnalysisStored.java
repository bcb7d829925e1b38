package eu.serviceaudit.advisor.analysis;

import java.util.Map;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Published inside the transaction that stores an analysis, so that what other features derive from it (wave
 * figures, alert follow-ups) is stored with it or not at all. Listeners must be idempotent: the waves feature
 * publishes it again at start for analyses stored before it existed.
 *
 * @param fresh true when the analysis row was inserted in this very transaction, so that nothing derived from it
 *        can exist yet and listeners may skip looking for (or deleting) what they wrote before; false when it may
 *        have been published before for the same analysis
 * @param preparedForIt what the {@link AuditPreparation}s made of the audit while the rules ran; read it through
 *        {@link #prepared}, which makes what is missing
 * @param begun true when {@link AnalysisBegun} and {@link AlertsRaised} were published for this analysis earlier in
 *        the same transaction, so that what listeners derive from the audit alone and from the alerts is written
 *        already
 */
public record AnalysisStored(Analysis analysis, Audit audit, boolean fresh,
		Map<AuditPreparation<?>, Object> preparedForIt, boolean begun) {

	public AnalysisStored {
		preparedForIt = Map.copyOf(preparedForIt);
	}

	/** Stored in one go: nothing was written for its audit before. */
	public AnalysisStored(Analysis analysis, Audit audit, boolean fresh, Map<AuditPreparation<?>, Object> preparedForIt) {
		this(analysis, audit, fresh, preparedForIt, false);
	}

	/** For an analysis that may already have derived rows: listeners look for them first. */
	public AnalysisStored(Analysis analysis, Audit audit) {
		this(analysis, audit, false, Map.of());
	}

	/** What {@code preparation} made of the audit while the rules ran, or makes of it now when it did not run. */
	public <T> T prepared(AuditPreparation<T> preparation) {
		return AuditPreparation.madeOrMake(preparation, preparedForIt, audit);
	}

}
