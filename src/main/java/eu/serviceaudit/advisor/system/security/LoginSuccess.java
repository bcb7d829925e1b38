package eu.serviceaudit.advisor.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** A good login clears the user's failures, then goes where the user was going (or the start page). */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	LoginSuccess(LoginThrottle throttle) {
		this.throttle = throttle;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		throttle.succeeded(authentication.getName());
		String keptFormPage = KeptForm.pageAfterLogin(request);
		if (keptFormPage != null) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, keptFormPage);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
