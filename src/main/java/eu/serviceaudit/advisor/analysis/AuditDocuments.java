package eu.serviceaudit.advisor.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.system.HelperThreads;

/**
 * Makes the stored form of an audit, and what the {@link AuditPreparation}s make of it, while the rules run on it,
 * and stores what depends on the audit alone meanwhile: none of it depends on the analysis, and serialising and
 * storing a large audit took as long as a third of its analysis on the request's thread (docs/performance.md, issue
 * 10). One task per audit on the {@link HelperThreads}, so that a request keeps at most one core besides its own;
 * when they are all busy, the request's own thread does the work before the rules run, as before.
 */
@Component
class AuditDocuments {

	private final Analyses analyses;

	private final ObjectProvider<AuditPreparation<?>> preparationBeans;

	private volatile List<AuditPreparation<?>> preparations;

	private final HelperThreads threads;

	AuditDocuments(Analyses analyses, ObjectProvider<AuditPreparation<?>> preparations, HelperThreads threads) {
		this.analyses = analyses;
		this.preparationBeans = preparations;
		this.threads = threads;
	}

	/** The audit's stored form and the preparations' results, being made. */
	CompletableFuture<Prepared> make(Audit audit) {
		List<AuditPreparation<?>> all = preparations();
		return HelperThreads.supply(threads, () -> prepare(audit, all));
	}

	/**
	 * Stores the analysis of {@code audit} under {@code id} on a helper while the caller runs the rules: the audit's
	 * stored form and preparations are made, and the audit's part is written, meanwhile; the rest as the caller
	 * hands it over ({@link Analyses#storeAlongside}). Empty when every helper is busy (nothing was started: the
	 * caller stores it itself).
	 */
	Optional<CompletableFuture<Analyses.Answer>> storeAlongside(String id, Audit audit, Analyses.Handover rules) {
		List<AuditPreparation<?>> all = preparations();
		Map<String, String> logContext = MDC.getCopyOfContextMap();
		return threads.trySupply(() -> {
			if (logContext != null) {
				MDC.setContextMap(logContext);
			}
			try {
				Prepared made = prepare(audit, all);
				return analyses.storeAlongside(id, audit, made.document(), made.results(), rules);
			}
			finally {
				MDC.clear();
			}
		});
	}

	private Prepared prepare(Audit audit, List<AuditPreparation<?>> all) {
		byte[] document = analyses.auditDocument(audit);
		Map<AuditPreparation<?>, Object> results = new HashMap<>();
		for (AuditPreparation<?> preparation : all) {
			Object result = preparation.prepare(audit);
			if (result != null) {
				results.put(preparation, result);
			}
		}
		return new Prepared(document, results);
	}

	/** Looked up at first use: the beans that prepare may themselves need the analyses. */
	private List<AuditPreparation<?>> preparations() {
		List<AuditPreparation<?>> known = preparations;
		if (known == null) {
			known = preparationBeans.orderedStream().toList();
			preparations = known;
		}
		return known;
	}

	/** The audit's stored form ({@link Analyses#auditDocument}) and what each preparation made of the audit. */
	record Prepared(byte[] document, Map<AuditPreparation<?>, Object> results) {
	}

}
