package eu.serviceaudit.advisor.analysis;

import java.util.Map;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Work that a listener of {@link AnalysisStored} or {@link AnalysisBegun} does on the audit alone, not on its analysis: a bean of this type is
 * run while the rules run on the audit, beside the audit's stored form, and its result reaches the listener with the
 * event ({@link AnalysisStored#prepared}), so that only the writing is left for the request's transaction
 * (docs/performance.md, issue 10). It must not touch the database, and must give the same result whenever it runs.
 *
 * @param <T> what it makes of an audit
 */
public interface AuditPreparation<T> {

	T prepare(Audit audit);

	/** What {@code preparation} made of {@code audit} when {@code prepared} has it, or what it makes of it now. */
	@SuppressWarnings("unchecked")
	static <T> T madeOrMake(AuditPreparation<T> preparation, Map<AuditPreparation<?>, Object> prepared, Audit audit) {
		Object made = prepared.get(preparation);
		return made != null ? (T) made : preparation.prepare(audit);
	}

}
