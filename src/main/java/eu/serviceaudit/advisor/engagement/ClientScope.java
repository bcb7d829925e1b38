package eu.serviceaudit.advisor.engagement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import eu.serviceaudit.advisor.system.security.Roles;
import eu.serviceaudit.advisor.system.web.NotFoundException;

/**
 * Which clients the signed-in user may see. A manager assigned to clients (their rhythm's manager) sees only those,
 * on every page and through the API; a client outside that scope is answered as if it did not exist (404), so that
 * a manager does not learn which other clients there are. A manager assigned to none sees every client, as the
 * dashboard always showed them and as CONTRACT.md section 2 lets a MANAGER read analyses; consultants and admins see
 * every client. Each feature asks here in one place: its store or service for lists, {@link #guard} for its URLs.
 */
@Component
public class ClientScope {

	private final JdbcClient jdbc;

	ClientScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The clients the current user may see, or empty when they may see every client. */
	public Optional<Set<String>> restriction() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || !isOnlyManager(user.getAuthorities())) {
			return Optional.empty();
		}
		Set<String> assigned = Set.copyOf(jdbc.sql("SELECT client FROM engagements WHERE LOWER(manager) = LOWER(:name)")
			.param("name", user.getName())
			.query(String.class)
			.list());
		return assigned.isEmpty() ? Optional.empty() : Optional.of(assigned);
	}

	private static boolean isOnlyManager(Collection<? extends GrantedAuthority> authorities) {
		Set<String> roles = authorities.stream().map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
		return roles.contains("ROLE_" + Roles.MANAGER) && !roles.contains("ROLE_" + Roles.ADMIN)
				&& !roles.contains("ROLE_" + Roles.CONSULTANT);
	}

	/** Whether the current user may see this client. */
	public boolean sees(String client) {
		return restriction().map(clients -> clients.contains(client)).orElse(true);
	}

	/** The items of clients the current user may see, in their order. */
	public <T> List<T> visible(List<T> items, Function<T, String> clientOf) {
		return restriction().map(clients -> items.stream().filter(item -> clients.contains(clientOf.apply(item))).toList())
			.orElse(items);
	}

	/**
	 * Answers 404 before a handler runs when the resource its path names (the {@code variable} of its URL template)
	 * belongs to a client the current user may not see. {@code clientOf} gives the client of that resource, empty when
	 * there is no such resource (the handler then answers as it always did).
	 */
	public HandlerInterceptor guard(String variable, Function<String, Optional<String>> clientOf,
			Function<String, ? extends RuntimeException> notFound) {
		return new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				@SuppressWarnings("unchecked")
				Map<String, String> variables = (Map<String, String>) request
					.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
				String value = variables == null ? null : variables.get(variable);
				if (value == null) {
					return true;
				}
				Optional<Set<String>> restriction = restriction();
				if (restriction.isPresent()) {
					Optional<String> client = clientOf.apply(value);
					if (client.isPresent() && !restriction.get().contains(client.get())) {
						throw notFound.apply(value);
					}
				}
				return true;
			}
		};
	}

	/** The 404 for a client that is not there, or not there for this user. */
	public static NotFoundException noClient(String client) {
		return new NotFoundException("There is no analysis of the client '" + client + "'.");
	}

}
