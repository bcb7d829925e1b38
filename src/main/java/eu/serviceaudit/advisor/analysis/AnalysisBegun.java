package eu.serviceaudit.advisor.analysis;

import java.util.Map;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Published inside the transaction that stores an analysis while its rules still run, once the analysis's row
 * exists: listeners write now what they derive from the audit alone, so that it is not left for after the rules.
 * The same transaction then publishes {@link AnalysisStored} with {@link AnalysisStored#begun()} true; when the rules
 * fail, it rolls back what the listeners wrote.
 *
 * @param preparedForIt what the {@link AuditPreparation}s made of the audit; read it through {@link #prepared}
 */
public record AnalysisBegun(String analysisId, Audit audit, Map<AuditPreparation<?>, Object> preparedForIt) {

	public AnalysisBegun {
		preparedForIt = Map.copyOf(preparedForIt);
	}

	/** What {@code preparation} made of the audit, or makes of it now when it made nothing. */
	public <T> T prepared(AuditPreparation<T> preparation) {
		return AuditPreparation.madeOrMake(preparation, preparedForIt, audit);
	}

}
