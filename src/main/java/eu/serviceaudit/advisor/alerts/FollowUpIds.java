package eu.serviceaudit.advisor.alerts;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for new follow-ups that sort by when they were made (UUID version 7: milliseconds since 1970, a counter, then 62
 * random bits). An analysis adds hundreds of follow-ups at once; with random ids each landed on its own page of the
 * primary key and of the (due, id) index, and the database wrote all those pages again at the commit of every
 * analysis (docs/performance.md, issue 10). In order, they fill the same few pages.
 */
final class FollowUpIds {

	private static final SecureRandom random = new SecureRandom();

	/** The last (milliseconds << 12 | counter) given out: increases, so that the ids of one JVM keep their order. */
	private static final AtomicLong last = new AtomicLong();

	private FollowUpIds() {
	}

	static String next() {
		long now = System.currentTimeMillis() << 12;
		long stamp = last.accumulateAndGet(now, (previous, time) -> Math.max(previous + 1, time));
		long millis = stamp >>> 12;
		long counter = stamp & 0xFFF;
		long high = (millis << 16) | 0x7000L | counter;
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low).toString();
	}

}
