package eu.serviceaudit.advisor.rules;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tests only: a gate a DRL rule of a test rules copy calls, to hold one analysis in the middle of its rule session
 * while the test reloads the rules. Open unless armed; once armed, the first caller waits until the test opens it.
 */
public final class InFlightGate {

	private static final AtomicBoolean armed = new AtomicBoolean();

	private static volatile CountDownLatch reached = new CountDownLatch(0);

	private static volatile CountDownLatch release = new CountDownLatch(0);

	private InFlightGate() {
	}

	/** Called by the rule: waits here when the gate is armed (once), else goes on. */
	public static void pass() {
		if (armed.compareAndSet(true, false)) {
			reached.countDown();
			try {
				if (!release.await(2, TimeUnit.MINUTES)) {
					throw new IllegalStateException("the test never opened the gate");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	static void arm() {
		reached = new CountDownLatch(1);
		release = new CountDownLatch(1);
		armed.set(true);
	}

	static boolean awaitHeld(long seconds) throws InterruptedException {
		return reached.await(seconds, TimeUnit.SECONDS);
	}

	static void open() {
		armed.set(false);
		release.countDown();
	}

	/** The DRL file a rules copy needs to use the gate: it fires once in every session. */
	static final String DRL = """
			package inflight;

			import eu.serviceaudit.advisor.rules.InFlightGate;
			import eu.serviceaudit.advisor.rules.fact.Findings;

			rule "Tests only: an analysis waits at the gate while the test reloads the rules"
			when
			    Findings()
			then
			    InFlightGate.pass();
			end
			""";

}
