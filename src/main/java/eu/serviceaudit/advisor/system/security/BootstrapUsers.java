package eu.serviceaudit.advisor.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.system.AdvisorProperties;

/**
 * On a start with no users, creates {@code admin}, {@code consultant}, {@code manager} and {@code trainer} with the
 * bootstrap password, or with one generated password printed once and written to the data folder.
 */
@Component
class BootstrapUsers implements InitializingBean {

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	static final String CREDENTIALS_FILE = "initial-credentials.txt";

	private static final Logger log = LoggerFactory.getLogger(BootstrapUsers.class);

	private final UserDetailsManager users;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final AdvisorProperties properties;

	BootstrapUsers(UserDetailsManager users, PasswordEncoder passwordEncoder, JdbcClient jdbc,
			AdvisorProperties properties) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		String configured = properties.bootstrapPassword();
		if (configured != null && !configured.isEmpty() && configured.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalStateException("ADVISOR_BOOTSTRAP_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH
					+ " characters; it has " + configured.length());
		}
		long existing = jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		boolean generated = configured == null || configured.isEmpty();
		String password = generated ? generatePassword() : configured;
		String encoded = passwordEncoder.encode(password);
		for (String role : Roles.ALL) {
			String username = role.toLowerCase(java.util.Locale.ROOT);
			try {
				users.createUser(User.withUsername(username).password(encoded).roles(role).build());
			}
			catch (DuplicateKeyException anotherInstanceIsCreatingThem) {
				// two instances started at once on an empty database: every instance creates the users in the same
				// order, so whoever created the first creates them all; this one leaves it to them
				log.info("The bootstrap users are being created by another instance sharing the database");
				return;
			}
		}
		if (generated) {
			Path file = writeCredentials(password);
			log.warn("Created the users admin, consultant, manager and trainer with the password: {} (also in {})",
					password, file.toAbsolutePath());
		}
		else {
			log.info("Created the users admin, consultant, manager and trainer with ADVISOR_BOOTSTRAP_PASSWORD");
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private Path writeCredentials(String password) {
		Path file = properties.dataDir().resolve(CREDENTIALS_FILE);
		String text = "Users admin, consultant, manager, trainer\npassword: " + password + "\n";
		try {
			Files.createDirectories(properties.dataDir());
			Files.deleteIfExists(file);
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException notPosix) {
				Files.createFile(file);
			}
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
