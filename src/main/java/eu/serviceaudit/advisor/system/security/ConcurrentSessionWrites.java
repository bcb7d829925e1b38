package eu.serviceaudit.advisor.system.security;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that arrive together (a page and its first fetch right after signing in) both add the
 * same new attribute, the CSRF token say; Spring Session's plain INSERT then fails the second with a duplicate key
 * and the user gets an error page. An attribute write is an upsert instead: PostgreSQL's ON CONFLICT (Spring
 * Session's own customizer), H2's MERGE … KEY.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrentSessionWrites {

	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeWritesAsUpserts(DataSource dataSource) {
		String database = productName(dataSource);
		if ("PostgreSQL".equals(database)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if ("H2".equals(database)) {
			return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
		}
		return repository -> {
		};
	}

	private static String productName(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException unreachable) {
			// the database health check reports an unreachable database; sessions keep Spring Session's own writes
			return "";
		}
	}

}
