package eu.serviceaudit.advisor.system.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks form login for a user name after {@value #MAX_FAILURES_PER_USER} failures, and for an address after
 * {@value #MAX_FAILURES_PER_ADDRESS}, within {@link #WINDOW}; the lock lifts when those failures are older than the
 * window. Kept in the database so that every instance sees the same failures.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES_PER_USER = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	LoginThrottle(JdbcClient jdbc) {
		this(jdbc, Clock.systemUTC());
	}

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isLocked(String username, String address) {
		Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
		long byUser = jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE username = :u AND failed_at > :since")
			.param("u", normalise(username))
			.param("since", since)
			.query(Long.class)
			.single();
		if (byUser >= MAX_FAILURES_PER_USER) {
			return true;
		}
		long byAddress = jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE address = :a AND failed_at > :since")
			.param("a", clip(address, 64))
			.param("since", since)
			.query(Long.class)
			.single();
		return byAddress >= MAX_FAILURES_PER_ADDRESS;
	}

	void failed(String username, String address) {
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

	void succeeded(String username) {
		jdbc.sql("DELETE FROM login_failures WHERE username = :u").param("u", normalise(username)).update();
	}

	private static String normalise(String username) {
		return clip(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), 200);
	}

	private static String clip(String text, int max) {
		String value = text == null ? "" : text;
		return value.length() > max ? value.substring(0, max) : value;
	}

}
