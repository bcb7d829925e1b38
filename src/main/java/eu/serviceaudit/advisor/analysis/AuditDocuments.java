package eu.serviceaudit.advisor.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.system.HelperThreads;

/**
 * Makes the stored form of an audit, and what the {@link AuditPreparation}s make of it, while the rules run on it:
 * neither depends on the analysis, and serialising a large audit took as long as a fifth of its analysis on the
 * request's thread (docs/performance.md, issue 10). One task per audit on the {@link HelperThreads}, so that a
 * request keeps at most one core besides its own; when they are all busy, the request's own thread does the work
 * before the rules run, as before.
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
		return HelperThreads.supply(threads, () -> {
			byte[] document = analyses.auditDocument(audit);
			Map<AuditPreparation<?>, Object> results = new HashMap<>();
			for (AuditPreparation<?> preparation : all) {
				Object result = preparation.prepare(audit);
				if (result != null) {
					results.put(preparation, result);
				}
			}
			return new Prepared(document, results);
		});
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
