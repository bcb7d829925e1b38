package eu.serviceaudit.advisor.system.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is logged in and what the navigation offers them; {@link #ANONYMOUS} on the login and error pages. */
public record CurrentUser(String name, Set<String> roles) {

	public static final CurrentUser ANONYMOUS = new CurrentUser(null, Set.of());

	static CurrentUser of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return ANONYMOUS;
		}
		return new CurrentUser(authentication.getName(),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
					.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet()));
	}

	public boolean loggedIn() {
		return name != null;
	}

	public boolean is(String role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return is("ADMIN");
	}

	/** Analyses and plans to read: consultants, managers, admins. */
	public boolean readsAnalyses() {
		return isAdmin() || is("CONSULTANT") || is("MANAGER");
	}

	/** Uploads audits, builds and edits plans. */
	public boolean editsPlans() {
		return isAdmin() || is("CONSULTANT");
	}

	public boolean trains() {
		return isAdmin() || is("TRAINER");
	}

}
