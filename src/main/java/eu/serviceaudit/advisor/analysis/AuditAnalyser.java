package eu.serviceaudit.advisor.analysis;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Computes the analysis of a validated audit. The answer has no id and no creation time yet; {@link Analyses} gives
 * them when it stores it.
 */
public interface AuditAnalyser {

	Analysis analyse(Audit audit);

}
