package eu.serviceaudit.advisor.system;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Threads that take a part of one request's work while the request's own thread does the rest (half of a large
 * audit's reading and validation, the storing of its audit while the rules run). At most one thread per core and no
 * queue: when they are all busy, the work runs on the caller's thread, as if there were no helpers ({@link #execute}),
 * or is not started at all ({@link #trySupply}), so that concurrent requests never pile work up here; the admission
 * of analyses bounds the requests themselves.
 */
@Component
public class HelperThreads implements Executor, DisposableBean {

	/** Runs every task on the caller's thread: for code made without Spring (tests, the rules check). */
	public static final Executor CALLER = Runnable::run;

	private final ThreadPoolExecutor threads;

	public HelperThreads() {
		AtomicInteger count = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS,
				new SynchronousQueue<>(), task -> {
					Thread thread = new Thread(task, "request-helper-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
	}

	/** Runs {@code task} on a helper, or on the caller's thread when every helper is busy. */
	@Override
	public void execute(Runnable task) {
		try {
			threads.execute(task);
		}
		catch (RejectedExecutionException busy) {
			task.run();
		}
	}

	/**
	 * {@code work} on a helper, or nothing when every helper is busy: for work that waits for the caller, which must
	 * therefore never run on the caller's thread.
	 */
	public <T> Optional<CompletableFuture<T>> trySupply(Supplier<T> work) {
		CompletableFuture<T> result = new CompletableFuture<>();
		try {
			threads.execute(() -> {
				try {
					result.complete(work.get());
				}
				catch (Throwable ex) {
					result.completeExceptionally(ex);
				}
			});
			return Optional.of(result);
		}
		catch (RejectedExecutionException busy) {
			return Optional.empty();
		}
	}

	/** {@code work} on a helper (or on the caller when none is free). */
	public static <T> CompletableFuture<T> supply(Executor helpers, Supplier<T> work) {
		return CompletableFuture.supplyAsync(work, helpers);
	}

	/** The result, or the unchecked exception that the work threw, as it was thrown. */
	public static <T> T join(CompletableFuture<T> work) {
		try {
			return work.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	@Override
	public void destroy() {
		threads.shutdownNow();
	}

}
