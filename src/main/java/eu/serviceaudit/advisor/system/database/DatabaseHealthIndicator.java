package eu.serviceaudit.advisor.system.database;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Health component {@code database}: UP only when the app's own tables can be read and written now (a user lookup
 * and a committed one-row write), so that a database that still hands out connections
 * but cannot serve the app (a closed or broken H2 store, a full disk, a read-only PostgreSQL) makes health DOWN.
 */
@Component("database")
class DatabaseHealthIndicator implements HealthIndicator {

	private final JdbcClient jdbc;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	DatabaseHealthIndicator(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.transactions.setTimeout(5);
	}

	@Override
	public Health health() {
		try {
			long users = jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
			transactions.executeWithoutResult(status -> {
				int written = jdbc.sql("UPDATE database_health SET checked_at = :now WHERE id = 1")
					.param("now", Timestamp.from(Instant.now()))
					.update();
				if (written != 1) {
					throw new IllegalStateException("the health row is missing");
				}
			});
			return Health.up().withDetail("users", users).build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", String.valueOf(ex.getMessage())).build();
		}
	}

}
