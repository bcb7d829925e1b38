package eu.serviceaudit.advisor.system.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts every password check, whichever way it came (login form or HTTP Basic): the authentication events carry the
 * user name and, in their web details, the client's address.
 */
@Component
class LoginAttempts {

	private final LoginThrottle throttle;

	LoginAttempts(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication.getDetails() instanceof WebAuthenticationDetails) {
			throttle.succeeded(authentication.getName(), address(authentication));
		}
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "";
	}

}
