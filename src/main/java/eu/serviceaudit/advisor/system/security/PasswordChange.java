package eu.serviceaudit.advisor.system.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.serviceaudit.advisor.system.AdvisorProperties;

/**
 * A user changes their own password: the current one proves who they are, the new one follows {@link PasswordRule}.
 * Clears the first-login mark, ends the user's other sessions, and deletes the credentials file once no first user
 * still has the password written in it.
 */
@Service
public class PasswordChange {

	/** The authority of a user who must change the generated first password before anything else. */
	public static final String REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private static final Logger log = LoggerFactory.getLogger(PasswordChange.class);

	private final JdbcUserDetailsManager users;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	private final UserSessions sessions;

	private final AdvisorProperties properties;

	PasswordChange(JdbcUserDetailsManager users, PasswordEncoder encoder, JdbcClient jdbc, UserSessions sessions,
			AdvisorProperties properties) {
		this.users = users;
		this.encoder = encoder;
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.properties = properties;
	}

	/** Changes the password, or says why not (a message key). */
	@Transactional
	public Optional<String> change(String username, String current, String wanted, String repeated,
			String keepSessionId) {
		UserDetails user = users.loadUserByUsername(username);
		if (current == null || !encoder.matches(current, user.getPassword())) {
			return Optional.of("account.password.error.current");
		}
		if (wanted == null || !wanted.equals(repeated)) {
			return Optional.of("account.password.error.repeat");
		}
		if (wanted.equals(current)) {
			return Optional.of("account.password.error.same");
		}
		Optional<String> refusal = PasswordRule.refusal(username, wanted);
		if (refusal.isPresent()) {
			return refusal;
		}
		users.updateUser(User.withUserDetails(user).password(encoder.encode(wanted))
			.authorities(user.getAuthorities().stream().map(Object::toString).filter(a -> !a.equals(REQUIRED))
				.toArray(String[]::new))
			.build());
		sessions.end(username, keepSessionId);
		deleteCredentialsWhenAllChanged();
		return Optional.empty();
	}

	public static boolean required(org.springframework.security.core.Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> REQUIRED.equals(a.getAuthority()));
	}

	private void deleteCredentialsWhenAllChanged() {
		List<String> waiting = jdbc.sql("SELECT username FROM authorities WHERE authority = :a")
			.param("a", REQUIRED).query(String.class).list();
		Path file = properties.dataDir().resolve(BootstrapUsers.CREDENTIALS_FILE);
		if (waiting.isEmpty()) {
			try {
				if (Files.deleteIfExists(file)) {
					log.info("Every first user has changed the generated password: deleted {}", file.toAbsolutePath());
				}
			}
			catch (java.io.IOException ex) {
				log.warn("Cannot delete {}: {}", file.toAbsolutePath(), ex.getMessage());
			}
		}
	}

}
