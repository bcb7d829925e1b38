package eu.serviceaudit.advisor.system.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** A failed login counts against the user name and the address; the page says only that it failed. */
class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

	private final LoginThrottle throttle;

	LoginFailure(LoginThrottle throttle) {
		super("/login?error");
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		throttle.failed(request.getParameter("username"), request.getRemoteAddr());
		super.onAuthenticationFailure(request, response, exception);
	}

}
