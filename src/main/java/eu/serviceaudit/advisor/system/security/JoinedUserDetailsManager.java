package eu.serviceaudit.advisor.system.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/**
 * {@link JdbcUserDetailsManager} that reads a user and its authorities in one query, joined, instead of one query
 * each: every API call signs in with HTTP Basic, so this is a database round trip per request fewer
 * (docs/performance.md, issue 10). The answer is the one of {@link JdbcUserDetailsManager#loadUserByUsername}: the
 * same {@link User} (name as stored, password, enabled, the role prefix on each authority) and the same
 * {@link UsernameNotFoundException}s, with the same messages, for an unknown name and for a user without authorities.
 * Group authorities are not joined: with groups enabled it asks the superclass.
 */
class JoinedUserDetailsManager extends JdbcUserDetailsManager {

	/** The default schema's two queries as one; a user without authorities is one row with a null authority. */
	static final String USER_WITH_AUTHORITIES = """
			SELECT u.username, u.password, u.enabled, a.authority
			FROM users u LEFT JOIN authorities a ON a.username = u.username
			WHERE u.username = ?""";

	JoinedUserDetailsManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
		if (getEnableGroups() || !getEnableAuthorities()) {
			return super.loadUserByUsername(username);
		}
		List<Row> rows = getJdbcTemplate().query(USER_WITH_AUTHORITIES,
				(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)), username);
		if (rows.isEmpty()) {
			this.logger.debug("Query returned no results for user '" + username + "'");
			throw new UsernameNotFoundException(
					this.messages.getMessage("JdbcDaoImpl.notFound", new Object[] { username }, "Username {0} not found"));
		}
		Row user = rows.get(0);
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (Row row : rows) {
			if (row.authority() != null) {
				authorities.add(new SimpleGrantedAuthority(getRolePrefix() + row.authority()));
			}
		}
		List<GrantedAuthority> granted = new ArrayList<>(authorities);
		addCustomAuthorities(user.username(), granted);
		if (granted.isEmpty()) {
			this.logger.debug("User '" + username + "' has no authorities and will be treated as 'not found'");
			throw new UsernameNotFoundException(this.messages.getMessage("JdbcDaoImpl.noAuthority",
					new Object[] { username }, "User {0} has no GrantedAuthority"));
		}
		return createUserDetails(username,
				new User(user.username(), user.password(), user.enabled(), true, true, true, List.of()), granted);
	}

	/** One row of the join: the user's columns, repeated, and one of its authorities (null when it has none). */
	private record Row(String username, String password, boolean enabled, String authority) {
	}

}
