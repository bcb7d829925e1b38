package eu.serviceaudit.advisor.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.transaction.PlatformTransactionManager;

import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.system.AdvisorProperties;

/**
 * The first users' hashes made ahead on a first start are the ones stored, for the password they were made for; made
 * for another password they are not used; and only a start on a database file that does not exist yet makes them.
 */
class FirstStartPasswordsTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcUserDetailsManager users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AdvisorProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void theUsersOfTheOtherTestsAgain() {
		deleteUsers();
		new BootstrapUsers(users, encoder, properties, transactions).afterPropertiesSet();
	}

	@Test
	void theHashesMadeAheadAreTheOnesStored() {
		deleteUsers();
		FirstStartPasswords ahead = FirstStartPasswords.start(PASSWORD, SecurityConfiguration.storedPasswordEncoder());

		new BootstrapUsers(users, encoder, properties, transactions, ahead).afterPropertiesSet();

		for (String role : Roles.ALL) {
			String stored = storedHash(role);
			assertThat(stored).isEqualTo(ahead.of(role).join().hash());
			assertThat(encoder.matches(PASSWORD, stored)).isTrue();
		}
		assertThat(List.of(Roles.ALL).stream().map(this::storedHash).distinct()).hasSize(4);
	}

	@Test
	void generatedPasswordsMadeAheadAreTheOnesWrittenForTheUsers() throws Exception {
		deleteUsers();
		FirstStartPasswords ahead = FirstStartPasswords.start(null, SecurityConfiguration.storedPasswordEncoder());
		AdvisorProperties generating = new AdvisorProperties(properties.dataDir(), properties.rulesDir(),
				properties.kbDir(), "");

		new BootstrapUsers(users, encoder, generating, transactions, ahead).afterPropertiesSet();

		String credentials = Files.readString(properties.dataDir().resolve(BootstrapUsers.CREDENTIALS_FILE));
		for (String role : Roles.ALL) {
			String password = ahead.of(role).join().password();
			assertThat(credentials).contains(role.toLowerCase(Locale.ROOT) + ": " + password);
			assertThat(encoder.matches(password, storedHash(role))).isTrue();
		}
		Files.delete(properties.dataDir().resolve(BootstrapUsers.CREDENTIALS_FILE));
	}

	@Test
	void hashesMadeForAnotherPasswordAreNotUsed() {
		deleteUsers();
		FirstStartPasswords ahead = FirstStartPasswords.start("another-password-entirely",
				SecurityConfiguration.storedPasswordEncoder());

		new BootstrapUsers(users, encoder, properties, transactions, ahead).afterPropertiesSet();

		for (String role : Roles.ALL) {
			assertThat(storedHash(role)).isNotEqualTo(ahead.of(role).join().hash());
			assertThat(encoder.matches(PASSWORD, storedHash(role))).isTrue();
		}
	}

	@Test
	void onlyAStartOnADatabaseFileNotYetThereIsAFirstStart(@TempDir Path folder) throws Exception {
		String url = "jdbc:h2:file:" + folder.resolve("advisor") + ";DB_CLOSE_ON_EXIT=FALSE";
		assertThat(FirstStartPasswords.isFirstStart(environment(url))).isTrue();

		Files.createFile(folder.resolve("advisor.mv.db"));
		assertThat(FirstStartPasswords.isFirstStart(environment(url))).isFalse();
		assertThat(FirstStartPasswords.isFirstStart(environment("jdbc:postgresql://127.0.0.1:5432/test"))).isFalse();
		assertThat(FirstStartPasswords.isFirstStart(new MockEnvironment())).isFalse();
	}

	private static MockEnvironment environment(String url) {
		return new MockEnvironment().withProperty("spring.datasource.url", url);
	}

	private String storedHash(String role) {
		return jdbc.sql("SELECT password FROM users WHERE username = ?").param(role.toLowerCase(Locale.ROOT))
			.query(String.class).single();
	}

	private void deleteUsers() {
		jdbc.sql("DELETE FROM authorities").update();
		jdbc.sql("DELETE FROM users").update();
	}

}
