package eu.serviceaudit.advisor.system.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

import eu.serviceaudit.advisor.system.EarlyStart;
import eu.serviceaudit.advisor.system.StartupPhases;
import eu.serviceaudit.advisor.system.database.FirstStartMigration;

/**
 * The first users' passwords and their hashes, made on a thread of its own while the context is built, on a first
 * start only (no database file yet): four bcrypt hashes at full cost were the users' half second on the main thread.
 * {@link BootstrapUsers} takes them over for the users it creates (still only those absent, in its transaction) and
 * waits for them if need be, so the users exist before the application is healthy, as before. On any other start
 * (the users exist, or the database is not the embedded file) nothing is computed ahead.
 */
public final class FirstStartPasswords {


	/** One role's password (the configured one, or generated) and its hash. */
	record Credential(String password, String hash) {
	}

	private final String configured;

	private final Map<String, CompletableFuture<Credential>> byRole;

	private FirstStartPasswords(String configured, Map<String, CompletableFuture<Credential>> byRole) {
		this.configured = configured;
		this.byRole = byRole;
	}

	/**
	 * Makes a credential for each role on one new thread, in the order of {@link Roles#ALL}: with the configured
	 * password, or, when none is set, with a password generated for each.
	 */
	static FirstStartPasswords start(String configured, PasswordEncoder encoder) {
		Map<String, CompletableFuture<Credential>> byRole = new LinkedHashMap<>();
		for (String role : Roles.ALL) {
			byRole.put(role, new CompletableFuture<>());
		}
		Thread hashing = new Thread(() -> {
			long start = System.nanoTime();
			byRole.values().forEach(credential -> {
				try {
					credential.complete(make(configured, encoder));
				}
				catch (Throwable failure) {
					credential.completeExceptionally(failure);
				}
			});
			StartupPhases.record("first users' password hashes (own thread)", start);
		}, "first-start-passwords");
		hashing.setDaemon(true);
		hashing.start();
		return new FirstStartPasswords(configured, byRole);
	}

	/** A credential for one user: the configured password, or a new one generated when none is configured. */
	static Credential make(String configured, PasswordEncoder encoder) {
		String password = isSet(configured) ? configured : generatePassword();
		// each hash has its own salt and full cost
		return new Credential(password, encoder.encode(password));
	}

	/** Whether these were made for this configured bootstrap password (none: generated ones). */
	boolean isFor(String configuredPassword) {
		return Objects.equals(normalized(configured), normalized(configuredPassword));
	}

	/** The credential made for this role, once made. */
	CompletableFuture<Credential> of(String role) {
		return byRole.get(role);
	}

	private static boolean isSet(String password) {
		return password != null && !password.isEmpty();
	}

	private static String normalized(String password) {
		return isSet(password) ? password : null;
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A first start: the datasource is the embedded H2 file and it does not exist yet, so the users will be created.
	 * With another database the users usually exist already, and hashing ahead would be wasted.
	 */
	static boolean isFirstStart(Environment environment) {
		return FirstStartMigration.isNewEmbeddedDatabase(environment);
	}

	/**
	 * Starts the hashing once the environment is prepared (the datasource URL of the data folder is set by then) and
	 * hands it to the context as a bean. Added by {@code main} only: test contexts hash when they create the users.
	 */
	public static EarlyStart<FirstStartPasswords> earlyStart() {
		return EarlyStart.of("firstStartPasswords", environment -> {
			String configured = environment.getProperty("advisor.bootstrap-password");
			// a too short password stops the start in BootstrapUsers, with the reason
			boolean usable = !isSet(configured) || configured.length() >= BootstrapUsers.MINIMUM_PASSWORD_LENGTH;
			return isFirstStart(environment) && usable
					? start(configured, SecurityConfiguration.storedPasswordEncoder()) : null;
		});
	}

}
