package eu.serviceaudit.advisor.rules;

import java.io.Serializable;
import java.time.Instant;

/**
 * A running instance as it last reported itself: which revision and rule base version it serves, since when it runs
 * and when it was last heard from; {@code live} when that was within a few poll intervals.
 */
public record ServingInstance(String instance, Integer revision, String version, Instant startedAt, Instant seenAt,
		boolean live) implements Serializable {
}
