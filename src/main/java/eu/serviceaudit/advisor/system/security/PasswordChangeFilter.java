package eu.serviceaudit.advisor.system.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.serviceaudit.advisor.system.web.Problems;

/**
 * A user with a generated first password does nothing else before changing it: pages go to the change form, the API
 * answers 403 problem JSON saying so.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	private static final Set<String> ALLOWED = Set.of(PAGE, "/logout", "/login", "/error", "/favicon.ico", "/favicon.svg");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!PasswordChange.required(SecurityContextHolder.getContext().getAuthentication())) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			Problems.write(response, HttpStatus.FORBIDDEN, "password-change-required",
					"Change the generated first password on the page " + PAGE + " before using the API.");
			return;
		}
		if (ALLOWED.contains(path) || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + PAGE);
	}

}
