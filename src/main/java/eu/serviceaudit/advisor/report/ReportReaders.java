package eu.serviceaudit.advisor.report;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import eu.serviceaudit.advisor.system.InvalidRequestException;

/** Who sees drafts (those who may edit them: consultants and admins), and the version of a request body. */
public final class ReportReaders {

	private ReportReaders() {
	}

	public static boolean seesDrafts(Authentication user) {
		return user != null && user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_CONSULTANT"));
	}

	/** The whole-number {@code version} of a body, null when absent; anything else is refused with 422. */
	static Integer version(Map<String, Object> body) {
		if (body == null || body.get("version") == null) {
			return null;
		}
		if (body.get("version") instanceof Integer || body.get("version") instanceof Long) {
			return ((Number) body.get("version")).intValue();
		}
		throw new InvalidRequestException("/version", "must be a whole number: the version you last read");
	}

}
