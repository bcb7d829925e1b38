package eu.serviceaudit.advisor.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.audit.Audit;

/**
 * Makes the stored form of an audit while the rules run on it: the two do not depend on each other, and serialising a
 * large audit took as long as a fifth of its analysis on the request's thread (docs/performance.md, issue 10). At most
 * one thread per core; when they are all busy, the request's own thread makes it before the rules run, as before.
 */
@Component
class AuditDocuments implements DisposableBean {

	private final Analyses analyses;

	private final ThreadPoolExecutor threads;

	AuditDocuments(Analyses analyses) {
		this.analyses = analyses;
		AtomicInteger count = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS,
				new SynchronousQueue<>(), task -> {
					Thread thread = new Thread(task, "audit-document-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	/** The audit's stored form, being made. */
	CompletableFuture<byte[]> make(Audit audit) {
		return CompletableFuture.supplyAsync(() -> analyses.auditDocument(audit), threads);
	}

	@Override
	public void destroy() {
		threads.shutdownNow();
	}

}
