package eu.serviceaudit.advisor.system.security;

import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** A failed form login says only that it failed; {@link LoginAttempts} counts it. */
class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

	LoginFailure() {
		super("/login?error");
	}

}
