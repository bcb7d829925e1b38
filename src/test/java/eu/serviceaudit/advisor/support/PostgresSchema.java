package eu.serviceaudit.advisor.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A schema of its own in the PostgreSQL test database for one test class, so that parallel runs do not collide.
 * PostgreSQL runs at 127.0.0.1:5432, database {@code test}, trust auth ({@code .ci/run} starts it); override with
 * {@code ADVISOR_TEST_POSTGRES_URL}. When it is not there the tests that need it fail, they are not skipped.
 */
public final class PostgresSchema {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private final String baseUrl;

	private final String user;

	private final String schema;

	private PostgresSchema(String baseUrl, String user, String schema) {
		this.baseUrl = baseUrl;
		this.user = user;
		this.schema = schema;
	}

	public static PostgresSchema create() {
		String url = System.getenv().getOrDefault("ADVISOR_TEST_POSTGRES_URL", DEFAULT_URL);
		String schema = "advisor_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		List<String> failures = new ArrayList<>();
		for (String user : List.of("postgres", System.getProperty("user.name"))) {
			try (Connection connection = DriverManager.getConnection(url, user, "");
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE SCHEMA " + schema);
				return new PostgresSchema(url, user, schema);
			}
			catch (SQLException ex) {
				failures.add(user + ": " + ex.getMessage());
			}
		}
		throw new IllegalStateException("These persistence tests need PostgreSQL at " + url
				+ " (trust auth; .ci/run starts it), and it could not be used: " + failures);
	}

	/** A schema of its own for a Spring test class: its datasource properties point at it. */
	public static PostgresSchema createFor(org.springframework.test.context.DynamicPropertyRegistry registry) {
		PostgresSchema schema = create();
		registry.add("spring.datasource.url", schema::url);
		registry.add("spring.datasource.username", schema::user);
		registry.add("spring.datasource.password", () -> "");
		return schema;
	}

	public String url() {
		return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	public String user() {
		return user;
	}

	public String schema() {
		return schema;
	}

	public void drop() {
		try (Connection connection = DriverManager.getConnection(baseUrl, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop the test schema " + schema, ex);
		}
	}

}
