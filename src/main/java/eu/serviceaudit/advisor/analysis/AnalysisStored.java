package eu.serviceaudit.advisor.analysis;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Published inside the transaction that stores an analysis, so that what other features derive from it (wave
 * figures, alert follow-ups) is stored with it or not at all. Listeners must be idempotent: the waves feature
 * publishes it again at start for analyses stored before it existed.
 */
public record AnalysisStored(Analysis analysis, Audit audit) {
}
