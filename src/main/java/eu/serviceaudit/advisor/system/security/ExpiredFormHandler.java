package eu.serviceaudit.advisor.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after the session expired fails the CSRF check. Instead of "access denied" (and the typing lost), the
 * form is kept and the user goes to the login (or, still logged in, straight back) and then to the form, filled in
 * again. Every other refusal shows the forbidden page as before.
 */
final class ExpiredFormHandler implements AccessDeniedHandler {

	private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

	private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

	ExpiredFormHandler(String forbiddenPage) {
		forbidden.setErrorPage(forbiddenPage);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && !response.isCommitted()) {
			KeptForm form = KeptForm.of(request);
			if (form != null) {
				request.getSession(true).setAttribute(KeptForm.ATTRIBUTE, form);
				Authentication user = SecurityContextHolder.getContext().getAuthentication();
				boolean loggedIn = user != null && user.isAuthenticated() && !trust.isAnonymous(user);
				response.sendRedirect(request.getContextPath() + (loggedIn ? form.page() : "/login?expired"));
				return;
			}
		}
		forbidden.handle(request, response, denied);
	}

}
