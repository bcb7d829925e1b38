package eu.serviceaudit.advisor.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Makes the stored form of an audit, and what the {@link AuditPreparation}s make of it, while the rules run on it:
 * neither depends on the analysis, and serialising a large audit took as long as a fifth of its analysis on the
 * request's thread (docs/performance.md, issue 10). One task per audit, so that a request keeps at most one core
 * besides its own; at most one thread per core; when they are all busy, the request's own thread does the work
 * before the rules run, as before.
 */
@Component
class AuditDocuments implements DisposableBean {

	private final Analyses analyses;

	private final ObjectProvider<AuditPreparation<?>> preparationBeans;

	private volatile List<AuditPreparation<?>> preparations;

	private final ThreadPoolExecutor threads;

	AuditDocuments(Analyses analyses, ObjectProvider<AuditPreparation<?>> preparations) {
		this.analyses = analyses;
		this.preparationBeans = preparations;
		AtomicInteger count = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS,
				new SynchronousQueue<>(), task -> {
					Thread thread = new Thread(task, "audit-document-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	/** The audit's stored form and the preparations' results, being made. */
	CompletableFuture<Prepared> make(Audit audit) {
		List<AuditPreparation<?>> all = preparations();
		return CompletableFuture.supplyAsync(() -> {
			byte[] document = analyses.auditDocument(audit);
			Map<AuditPreparation<?>, Object> results = new HashMap<>();
			for (AuditPreparation<?> preparation : all) {
				Object result = preparation.prepare(audit);
				if (result != null) {
					results.put(preparation, result);
				}
			}
			return new Prepared(document, results);
		}, threads);
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

	@Override
	public void destroy() {
		threads.shutdownNow();
	}

}
