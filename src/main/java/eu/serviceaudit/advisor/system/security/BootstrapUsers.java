package eu.serviceaudit.advisor.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.serviceaudit.advisor.system.AdvisorProperties;
import eu.serviceaudit.advisor.system.security.FirstStartPasswords.Credential;

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

	private final FirstStartPasswords madeAhead;

	@Autowired
	BootstrapUsers(UserDetailsManager users, PasswordEncoder passwordEncoder, AdvisorProperties properties,
			PlatformTransactionManager transactions, ObjectProvider<FirstStartPasswords> madeAhead) {
		this(users, passwordEncoder, properties, transactions, madeAhead.getIfAvailable());
	}

	BootstrapUsers(UserDetailsManager users, PasswordEncoder passwordEncoder, AdvisorProperties properties,
			PlatformTransactionManager transactions) {
		this(users, passwordEncoder, properties, transactions, (FirstStartPasswords) null);
	}

	BootstrapUsers(UserDetailsManager users, PasswordEncoder passwordEncoder, AdvisorProperties properties,
			PlatformTransactionManager transactions, FirstStartPasswords madeAhead) {
		this.madeAhead = madeAhead;
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
		FirstStartPasswords ahead = madeAhead != null && madeAhead.isFor(configured) ? madeAhead : null;
		Map<String, CompletableFuture<Credential>> credentials = new LinkedHashMap<>();
		for (String role : Roles.ALL) {
			String username = role.toLowerCase(Locale.ROOT);
			if (users.userExists(username)) {
				continue;
			}
			// made on a first start while the context was built; otherwise here, side by side, and the start waits
			credentials.put(role, ahead != null ? ahead.of(role)
					: CompletableFuture.supplyAsync(() -> FirstStartPasswords.make(configured, passwordEncoder)));
		}
		Map<String, String> created = new LinkedHashMap<>();
		credentials.forEach((role, made) -> {
			String username = role.toLowerCase(Locale.ROOT);
			Credential credential = made.join();
			if (createIfAbsent(username, credential.hash(), role, generated)) {
				created.put(username, credential.password());
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
