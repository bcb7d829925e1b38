package eu.serviceaudit.advisor.system.security;

import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** A good form login goes where the user was going (or the start page); {@link LoginAttempts} clears the failures. */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	LoginSuccess() {
		setDefaultTargetUrl("/");
	}

}
