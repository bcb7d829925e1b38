package eu.serviceaudit.advisor.system.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking anybody out (docs/operations.md, "Login throttling"). Failed logins, by
 * the form and by HTTP Basic alike, are counted per user name and per address over {@link #WINDOW}. Past
 * {@value #FREE_PER_USER} failures for a name (or {@value #FREE_PER_ADDRESS} from an address) the next attempt must
 * wait 1, 2, 4 … seconds after the latest failure, never more than {@link #MAX_DELAY}; an attempt made during the
 * wait is refused without looking at the password and is not counted, so waiting always lets the right password in.
 * An address from which the user logged in successfully within {@link #TRUST} is not slowed by failures for that name
 * from elsewhere, only by its own. Kept in the database so that every instance sees the same failures.
 */
@Component
public class LoginThrottle {

	static final int FREE_PER_USER = 5;

	static final int FREE_PER_ADDRESS = 20;

	static final Duration MAX_DELAY = Duration.ofSeconds(30);

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration TRUST = Duration.ofDays(30);

	private static final Duration TRUST_REFRESH = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * The name and address (as {@code name\naddress}) whose check by {@link #wait} on this thread found no failure in
	 * the window; cleared by {@link #succeeded}, {@link #failed} and {@link #forget} (at the end of the request).
	 */
	private final ThreadLocal<String> withoutFailures = new ThreadLocal<>();

	/** When this instance last wrote a trusted address, so that HTTP Basic on every call does not write each time. */
	private final Map<String, Instant> trustWritten = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(JdbcClient jdbc) {
		this(jdbc, Clock.systemUTC());
	}

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long this attempt must still wait, or empty when it may try its password now. */
	public Optional<Duration> wait(String username, String address) {
		Instant now = clock.instant();
		Timestamp since = Timestamp.from(now.minus(WINDOW));
		String user = normalise(username);
		String from = clip(address, 64);
		// both counts in one query: HTTP Basic asks this on every API call (docs/performance.md, issue 10)
		Failures[] both = jdbc.sql("""
				SELECT SUM(CASE WHEN address = :a THEN 1 ELSE 0 END), MAX(CASE WHEN address = :a THEN failed_at END),
				    SUM(CASE WHEN username = :u THEN 1 ELSE 0 END), MAX(CASE WHEN username = :u THEN failed_at END)
				FROM login_failures WHERE (address = :a OR username = :u) AND failed_at > :since""")
			.param("a", from)
			.param("u", user)
			.param("since", since)
			.query((rs, n) -> new Failures[] { failures(rs, 1), failures(rs, 3) })
			.single();
		Failures byAddress = both[0];
		Failures byUser = both[1];
		if (byAddress.count() == 0 && byUser.count() == 0) {
			withoutFailures.set(user + '\n' + from);
			return Optional.empty();
		}
		withoutFailures.remove();
		Instant until = byAddress.until(FREE_PER_ADDRESS);
		if (byUser.count() > FREE_PER_USER) {
			Failures counted = trusted(user, from, now) ? failures("username = :u AND address = :a",
					Map.of("u", user, "a", from), since) : byUser;
			until = later(until, counted.until(FREE_PER_USER));
		}
		return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	void failed(String username, String address) {
		withoutFailures.remove();
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO login_failures (username, address, failed_at) VALUES (:u, :a, :t)")
			.param("u", normalise(username))
			.param("a", clip(address, 64))
			.param("t", Timestamp.from(now))
			.update();
		jdbc.sql("DELETE FROM login_failures WHERE failed_at < :old")
			.param("old", Timestamp.from(now.minus(WINDOW.multipliedBy(2))))
			.update();
	}

	void succeeded(String username, String address) {
		String user = normalise(username);
		String from = clip(address, 64);
		Instant now = clock.instant();
		String key = user + '\n' + from;
		// only this address's failures: a good login elsewhere must not give a guesser a fresh set of free tries; none
		// to delete when this request's own check (just before the password was checked) found no failure in the
		// window for the name nor for the address (older ones count for nothing): one write fewer per API call
		boolean checkedClean = key.equals(withoutFailures.get());
		withoutFailures.remove();
		if (!checkedClean) {
			jdbc.sql("DELETE FROM login_failures WHERE username = :u AND address = :a").param("u", user).param("a", from)
				.update();
		}
		Instant written = trustWritten.get(key);
		if (written != null && written.isAfter(now.minus(TRUST_REFRESH))) {
			return;
		}
		int updated = jdbc.sql("UPDATE login_trusted_addresses SET last_success = :t WHERE username = :u AND address = :a")
			.param("t", Timestamp.from(now)).param("u", user).param("a", from).update();
		if (updated == 0) {
			try {
				jdbc.sql("INSERT INTO login_trusted_addresses (username, address, last_success) VALUES (:u, :a, :t)")
					.param("u", user).param("a", from).param("t", Timestamp.from(now)).update();
			}
			catch (org.springframework.dao.DuplicateKeyException anotherInstanceWasFaster) {
				// the row exists now, which is all that was wanted
			}
		}
		if (trustWritten.size() > 10_000) {
			trustWritten.clear();
		}
		trustWritten.put(key, now);
	}

	/** Forgets what {@link #wait} found on this thread: the request is over. */
	void forget() {
		withoutFailures.remove();
	}

	private boolean trusted(String user, String address, Instant now) {
		return jdbc.sql("SELECT COUNT(*) FROM login_trusted_addresses WHERE username = :u AND address = :a AND last_success > :since")
			.param("u", user).param("a", address).param("since", Timestamp.from(now.minus(TRUST)))
			.query(Long.class).single() > 0;
	}

	private static Failures failures(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		Timestamp latest = rs.getTimestamp(column + 1);
		return new Failures(rs.getLong(column), latest == null ? null : latest.toInstant());
	}

	private Failures failures(String where, Map<String, ?> params, Timestamp since) {
		return jdbc.sql("SELECT COUNT(*), MAX(failed_at) FROM login_failures WHERE " + where + " AND failed_at > :since")
			.params(params)
			.param("since", since)
			.query((rs, n) -> new Failures(rs.getLong(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.single();
	}

	/** Failures in the window and the latest of them. */
	private record Failures(long count, Instant latest) {

		/** Until when the next attempt waits: 1 s past the free ones, doubling up to the maximum. */
		Instant until(int free) {
			if (count <= free || latest == null) {
				return null;
			}
			long over = Math.min(count - free - 1, 10);
			return latest.plus(min(Duration.ofSeconds(1L << over), MAX_DELAY));
		}

		private static Duration min(Duration a, Duration b) {
			return a.compareTo(b) <= 0 ? a : b;
		}

	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	static String normalise(String username) {
		return clip(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), 200);
	}

	private static String clip(String text, int max) {
		String value = text == null ? "" : text;
		return value.length() > max ? value.substring(0, max) : value;
	}

}
