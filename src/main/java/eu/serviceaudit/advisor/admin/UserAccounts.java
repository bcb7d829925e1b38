package eu.serviceaudit.advisor.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.serviceaudit.advisor.system.security.PasswordRule;
import eu.serviceaudit.advisor.system.security.Roles;
import eu.serviceaudit.advisor.system.security.UserSessions;

/**
 * The user store seen by an administrator: list, create, enable or disable, reset a password. User names are unique
 * whatever their case; disabling a user or resetting a password ends that user's open sessions.
 */
@Service
class UserAccounts {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");

	private final JdbcUserDetailsManager users;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	private final UserSessions sessions;

	UserAccounts(JdbcUserDetailsManager users, PasswordEncoder encoder, JdbcClient jdbc, UserSessions sessions) {
		this.users = users;
		this.encoder = encoder;
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	public record Account(String username, boolean enabled, List<String> roles) {
	}

	/** A refused change, with the message key that says why. */
	static class RefusedException extends RuntimeException {

		private final String messageKey;

		RefusedException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

	List<Account> list() {
		Map<String, List<String>> roles = new TreeMap<>();
		jdbc.sql("SELECT username, authority FROM authorities WHERE authority LIKE 'ROLE%' ORDER BY authority")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> roles.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
				.add(e.getValue().startsWith("ROLE_") ? e.getValue().substring(5) : e.getValue()));
		return jdbc.sql("SELECT username, enabled FROM users ORDER BY username")
			.query((rs, n) -> new Account(rs.getString(1), rs.getBoolean(2),
					roles.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	@Transactional
	void create(String username, String password, String role) {
		String name = username == null ? "" : username.strip();
		if (!USERNAME.matcher(name).matches()) {
			throw new RefusedException("admin.users.error.username");
		}
		if (existsIgnoringCase(name)) {
			throw new RefusedException("admin.users.error.exists");
		}
		checkPassword(name, password);
		String chosen = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
		if (!List.of(Roles.ALL).contains(chosen)) {
			throw new RefusedException("admin.users.error.role");
		}
		try {
			users.createUser(User.withUsername(name).password(encoder.encode(password)).roles(chosen).build());
		}
		catch (org.springframework.dao.DuplicateKeyException sameNameMeanwhile) {
			throw new RefusedException("admin.users.error.exists");
		}
	}

	@Transactional
	void setEnabled(String username, boolean enabled, String acting) {
		UserDetails existing = existing(username);
		if (!enabled && existing.getUsername().equals(acting)) {
			throw new RefusedException("admin.users.error.self");
		}
		users.updateUser(User.withUserDetails(existing).disabled(!enabled).build());
		if (!enabled) {
			sessions.end(existing.getUsername(), null);
		}
	}

	/** Gives a user one role instead of the ones they had; an admin cannot change their own (no lock-out). */
	@Transactional
	void setRole(String username, String role, String acting) {
		UserDetails existing = existing(username);
		String chosen = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
		if (!List.of(Roles.ALL).contains(chosen)) {
			throw new RefusedException("admin.users.error.role");
		}
		if (existing.getUsername().equals(acting)) {
			throw new RefusedException("pages.users.error.ownRole");
		}
		users.updateUser(User.withUserDetails(existing).roles(chosen).build());
	}

	@Transactional
	void resetPassword(String username, String password) {
		UserDetails existing = existing(username);
		checkPassword(existing.getUsername(), password);
		users.updateUser(User.withUserDetails(existing).password(encoder.encode(password)).build());
		sessions.end(existing.getUsername(), null);
	}

	private boolean existsIgnoringCase(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM users WHERE LOWER(username) = :name")
			.param("name", name.toLowerCase(Locale.ROOT))
			.query(Long.class)
			.single() > 0;
	}

	private UserDetails existing(String username) {
		if (username == null || !users.userExists(username)) {
			throw new RefusedException("admin.users.error.unknown");
		}
		return users.loadUserByUsername(username);
	}

	private static void checkPassword(String username, String password) {
		PasswordRule.refusal(username, password).ifPresent(key -> {
			throw new RefusedException(key);
		});
	}

}
