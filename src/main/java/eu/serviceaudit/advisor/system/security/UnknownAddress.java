package eu.serviceaudit.advisor.system.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The rule for every page address no other rule names: ADMIN only, as before, except that an address no controller
 * answers is let through for any logged-in user, so that a mistyped address says "not found" (404) instead of "your
 * role does not allow this page" (403). An address that exists keeps its refusal.
 */
final class UnknownAddress implements AuthorizationManager<RequestAuthorizationContext> {

	private final RequestMappingHandlerMapping pages;

	private final AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager
		.hasRole(Roles.ADMIN);

	private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

	UnknownAddress(RequestMappingHandlerMapping pages) {
		this.pages = pages;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication user = authentication.get();
		boolean loggedIn = user != null && user.isAuthenticated() && !trust.isAnonymous(user);
		if (loggedIn && !answered(context.getRequest())) {
			return new AuthorizationDecision(true);
		}
		return admin.authorize(authentication, context);
	}

	private boolean answered(HttpServletRequest request) {
		try {
			HandlerExecutionChain handler = pages.getHandler(request);
			return handler != null;
		}
		catch (Exception mappedButRefused) {
			// a method or media type mismatch still means the address exists
			return true;
		}
	}

}
