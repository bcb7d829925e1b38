package eu.serviceaudit.advisor.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

import eu.serviceaudit.advisor.support.PostgresSchema;

/**
 * The joined query answers exactly as Spring Security's two queries do (the same user, the same exceptions and
 * messages), on H2 and on PostgreSQL, and reads a user in one statement.
 */
class JoinedUserDetailsManagerTests {

	private static PostgresSchema schema;

	private static DataSource h2;

	private static DataSource postgres;

	/** Enabled with two roles, disabled, without roles, and names that are not there (another case, blank, quotes). */
	static final List<String> NAMES = List.of("consultant", "disabled", "roleless", "Consultant", "nobody", "",
			"o'brien", "Õie");

	@BeforeAll
	static void databases() {
		JdbcDataSource memory = new JdbcDataSource();
		memory.setURL("jdbc:h2:mem:joined-users-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		memory.setUser("sa");
		h2 = migrated(memory, "h2");
		schema = PostgresSchema.create();
		PGSimpleDataSource pg = new PGSimpleDataSource();
		pg.setURL(schema.url());
		pg.setUser(schema.user());
		postgres = migrated(pg, "postgresql");
	}

	@AfterAll
	static void dropSchema() {
		if (schema != null) {
			schema.drop();
		}
	}

	private static DataSource migrated(DataSource dataSource, String vendor) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("INSERT INTO users (username, password, enabled) VALUES ('consultant', '{noop}secret', TRUE)");
		jdbc.update("INSERT INTO authorities (username, authority) VALUES ('consultant', 'ROLE_CONSULTANT')");
		jdbc.update("INSERT INTO authorities (username, authority) VALUES ('consultant', 'ROLE_MANAGER')");
		jdbc.update("INSERT INTO users (username, password, enabled) VALUES ('disabled', '{noop}other', FALSE)");
		jdbc.update("INSERT INTO authorities (username, authority) VALUES ('disabled', 'ROLE_ADMIN')");
		jdbc.update("INSERT INTO users (username, password, enabled) VALUES ('roleless', '{noop}third', TRUE)");
		jdbc.update("INSERT INTO users (username, password, enabled) VALUES ('o''brien', '{noop}fourth', TRUE)");
		jdbc.update("INSERT INTO authorities (username, authority) VALUES ('o''brien', 'ROLE_TRAINER')");
		return dataSource;
	}

	@Test
	void answersAsTheTwoQueriesDoOnH2() {
		answersAsTheTwoQueriesDo(h2);
	}

	@Test
	void answersAsTheTwoQueriesDoOnPostgres() {
		answersAsTheTwoQueriesDo(postgres);
	}

	private void answersAsTheTwoQueriesDo(DataSource dataSource) {
		JdbcUserDetailsManager twoQueries = new JdbcUserDetailsManager(dataSource);
		JdbcUserDetailsManager joined = new JoinedUserDetailsManager(dataSource);
		for (String name : NAMES) {
			Throwable expectedFailure = catchThrowable(() -> twoQueries.loadUserByUsername(name));
			Throwable failure = catchThrowable(() -> joined.loadUserByUsername(name));
			if (expectedFailure != null) {
				assertThat(failure).as(name).isNotNull().hasSameClassAs(expectedFailure)
					.hasMessage(expectedFailure.getMessage());
				continue;
			}
			assertThat(failure).as(name).isNull();
			UserDetails expected = twoQueries.loadUserByUsername(name);
			UserDetails user = joined.loadUserByUsername(name);
			assertThat(user).as(name).hasSameClassAs(expected).isEqualTo(expected);
			assertThat(user.getUsername()).isEqualTo(expected.getUsername());
			assertThat(user.getPassword()).isEqualTo(expected.getPassword());
			assertThat(List.copyOf(user.getAuthorities())).isEqualTo(List.copyOf(expected.getAuthorities()));
			assertThat(List.of(user.isEnabled(), user.isAccountNonExpired(), user.isAccountNonLocked(),
					user.isCredentialsNonExpired()))
				.isEqualTo(List.of(expected.isEnabled(), expected.isAccountNonExpired(), expected.isAccountNonLocked(),
						expected.isCredentialsNonExpired()));
		}
		// what the cases above must have covered
		assertThat(joined.loadUserByUsername("consultant").getAuthorities()).hasSize(2);
		assertThat(joined.loadUserByUsername("disabled").isEnabled()).isFalse();
		assertThat(catchThrowable(() -> joined.loadUserByUsername("roleless"))).hasMessageContaining("GrantedAuthority");
		assertThat(catchThrowable(() -> joined.loadUserByUsername("nobody"))).hasMessageContaining("not found");
	}

	@Test
	void readsAUserAndItsRolesInOneStatement() {
		AtomicInteger statements = new AtomicInteger();
		JdbcUserDetailsManager joined = new JoinedUserDetailsManager(counting(h2, statements));
		joined.loadUserByUsername("consultant");
		assertThat(statements).hasValue(1);
		catchThrowable(() -> joined.loadUserByUsername("roleless"));
		assertThat(statements).hasValue(2);
	}

	/** The data source, counting the statements prepared on its connections. */
	private static DataSource counting(DataSource dataSource, AtomicInteger statements) {
		return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					Object result = invoke(dataSource, method, args);
					if (!(result instanceof Connection connection)) {
						return result;
					}
					return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
							(p, m, a) -> {
								if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")) {
									statements.incrementAndGet();
								}
								return invoke(connection, m, a);
							});
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
