package eu.serviceaudit.advisor.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.serviceaudit.advisor.system.AdvisorProperties;

/**
 * On a start with no users, creates {@code admin}, {@code consultant}, {@code manager} and {@code trainer}: with the
 * bootstrap password when one is set, otherwise each with a password of its own, generated, written once to
 * {@code <data-dir>/initial-credentials.txt} (owner-only) and never logged, which must be changed at the first login;
 * the file is deleted once every one of them has changed it ({@link PasswordChange}). Each user is inserted only if
 * absent, so two instances starting at once on one empty database both start.
 */
@Component
class BootstrapUsers implements InitializingBean {

	static final int MINIMUM_PASSWORD_LENGTH = PasswordRule.MINIMUM_LENGTH;

	static final String CREDENTIALS_FILE = "initial-credentials.txt";

	private static final Logger log = LoggerFactory.getLogger(BootstrapUsers.class);

	private final UserDetailsManager users;

	private final PasswordEncoder passwordEncoder;

	private final AdvisorProperties properties;

	private final TransactionTemplate transactions;

	BootstrapUsers(UserDetailsManager users, PasswordEncoder passwordEncoder, AdvisorProperties properties,
			PlatformTransactionManager transactions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void afterPropertiesSet() {
		String configured = properties.bootstrapPassword();
		if (configured != null && !configured.isEmpty() && configured.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalStateException("ADVISOR_BOOTSTRAP_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH
					+ " characters; it has " + configured.length());
		}
		boolean generated = configured == null || configured.isEmpty();
		Map<String, CompletableFuture<String>> hashes = new LinkedHashMap<>();
		Map<String, String> passwords = new LinkedHashMap<>();
		for (String role : Roles.ALL) {
			String username = role.toLowerCase(Locale.ROOT);
			if (users.userExists(username)) {
				continue;
			}
			String password = generated ? generatePassword() : configured;
			passwords.put(role, password);
			// each hash has its own salt and full cost; they are only computed side by side, the start waits for them
			hashes.put(role, CompletableFuture.supplyAsync(() -> passwordEncoder.encode(password)));
		}
		Map<String, String> created = new LinkedHashMap<>();
		hashes.forEach((role, hash) -> {
			String username = role.toLowerCase(Locale.ROOT);
			if (createIfAbsent(username, hash.join(), role, generated)) {
				created.put(username, passwords.get(role));
			}
		});
		if (created.isEmpty()) {
			return;
		}
		if (generated) {
			Path file = writeCredentials(created);
			log.warn("Created the users {} with generated passwords, one each, in {} (readable by this account only); "
					+ "each must be changed at the first login, and the file is deleted when all are", created.keySet(),
					file.toAbsolutePath());
		}
		else {
			log.info("Created the users {} with ADVISOR_BOOTSTRAP_PASSWORD", created.keySet());
		}
	}

	/** Inserts the user and its role in one transaction; false when another instance was faster. */
	private boolean createIfAbsent(String username, String passwordHash, String role, boolean mustChange) {
		try {
			transactions.executeWithoutResult(status -> {
				var builder = User.withUsername(username).password(passwordHash);
				if (mustChange) {
					builder.authorities("ROLE_" + role, PasswordChange.REQUIRED);
				}
				else {
					builder.roles(role);
				}
				users.createUser(builder.build());
			});
			return true;
		}
		catch (DuplicateKeyException anotherInstanceWasFaster) {
			return false;
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private Path writeCredentials(Map<String, String> created) {
		Path file = properties.dataDir().resolve(CREDENTIALS_FILE);
		StringBuilder text = new StringBuilder("First passwords; each must be changed at the first login. This file is "
				+ "deleted once every user below has changed it.\n");
		created.forEach((user, password) -> text.append(user).append(": ").append(password).append('\n'));
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
