package eu.serviceaudit.advisor.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * A good form login goes back to a form the user was filling in when the session expired, else where the user was
 * going (or the start page); {@link LoginAttempts} clears the failures.
 */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	LoginSuccess() {
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		String keptFormPage = KeptForm.pageAfterLogin(request);
		if (keptFormPage != null) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, keptFormPage);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
