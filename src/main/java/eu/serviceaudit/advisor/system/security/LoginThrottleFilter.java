package eu.serviceaudit.advisor.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.serviceaudit.advisor.system.EnglishCount;
import eu.serviceaudit.advisor.system.web.Problems;

/**
 * Holds back a login attempt, by the form or by HTTP Basic, while its user name or address must still wait
 * ({@link LoginThrottle}), before the password is even checked: the form goes back to the login page saying how many
 * seconds, HTTP Basic gets 429 problem JSON with {@code Retry-After}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String WAIT_URL = "/login?retry=";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String basicUser = basicUsername(request);
		if (basicUser != null) {
			Optional<Duration> wait = throttle.wait(basicUser, request.getRemoteAddr());
			if (wait.isPresent()) {
				long seconds = seconds(wait.get());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
				Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-login-failures",
						"Too many failed logins for this user name or from this address: try again in "
								+ EnglishCount.of(seconds, "second") + ".");
				return;
			}
		}
		else if (isFormLogin(request)) {
			Optional<Duration> wait = throttle.wait(request.getParameter("username"), request.getRemoteAddr());
			if (wait.isPresent()) {
				response.sendRedirect(request.getContextPath() + WAIT_URL + seconds(wait.get()));
				return;
			}
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			throttle.forget();
		}
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	private static boolean isFormLogin(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod()) && "/login".equals(path);
	}

	/** The user name of an HTTP Basic header, or null when there is none or it cannot be read. */
	static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

}
