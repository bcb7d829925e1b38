package eu.serviceaudit.advisor.system.admission;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * At most {@link AdmissionProperties#maxConcurrent()} analyses and imports at once: the memory one takes is bounded
 * by the audit cap, so the heap they can take together is bounded too. A caller that finds no free turn within the
 * queue wait is turned away, to come back after {@link AdmissionProperties#retryAfter()}.
 */
@Component
public class AdmissionGate {

	private final Semaphore turns;

	private final AdmissionProperties properties;

	AdmissionGate(AdmissionProperties properties) {
		this.properties = properties;
		this.turns = new Semaphore(properties.maxConcurrent(), true);
	}

	/** A turn, or empty-handed: the caller must {@link Turn#close()} it. */
	public Turn enter() {
		try {
			if (!turns.tryAcquire(properties.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ServiceBusyException(properties.retryAfter(), properties.maxConcurrent());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceBusyException(properties.retryAfter(), properties.maxConcurrent());
		}
		return new Turn(turns);
	}

	/** Turns free right now (for tests and metrics). */
	public int available() {
		return turns.availablePermits();
	}

	/** One admitted analysis or import; closing it lets the next one in. */
	public static final class Turn implements AutoCloseable {

		private final Semaphore turns;

		private boolean closed;

		private Turn(Semaphore turns) {
			this.turns = turns;
		}

		@Override
		public void close() {
			if (!closed) {
				closed = true;
				turns.release();
			}
		}

	}

}
