package eu.serviceaudit.advisor.audit;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import eu.serviceaudit.advisor.system.HelperThreads;

/** Real helper threads that count the tasks handed to them, so that a test knows whether the work was split. */
final class CountingHelpers implements Executor, AutoCloseable {

	private final HelperThreads helpers = new HelperThreads();

	private final AtomicInteger handedOver = new AtomicInteger();

	@Override
	public void execute(Runnable task) {
		handedOver.incrementAndGet();
		helpers.execute(task);
	}

	int handedOver() {
		return handedOver.get();
	}

	@Override
	public void close() {
		helpers.destroy();
	}

}
