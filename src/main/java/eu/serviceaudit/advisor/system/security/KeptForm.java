package eu.serviceaudit.advisor.system.security;

import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a person typed into a form that was refused because their session had expired (its CSRF token went with
 * it): the form's address, the page it was on and its fields, kept in the new session until they are logged in
 * again and back on that page, where app.js puts the values back. Passwords and the CSRF token are never kept;
 * the amount kept is bounded.
 */
public record KeptForm(String action, String page, Map<String, List<String>> fields) implements Serializable {

	public static final String ATTRIBUTE = KeptForm.class.getName();

	static final int MAX_FIELDS = 400;

	static final int MAX_CHARACTERS = 100_000;

	/** The form of this refused POST when it came from a page of this site; null otherwise. */
	static KeptForm of(HttpServletRequest request) {
		String page = samePage(request);
		if (page == null) {
			return null;
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		int characters = 0;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.equals("_csrf") || lower.contains("password") || fields.size() >= MAX_FIELDS) {
				continue;
			}
			List<String> values = new ArrayList<>();
			for (String value : parameter.getValue()) {
				characters += name.length() + (value == null ? 0 : value.length());
				if (characters > MAX_CHARACTERS) {
					break;
				}
				values.add(value);
			}
			fields.put(name, values);
		}
		return new KeptForm(request.getRequestURI(), page, fields);
	}

	/** The path (and query) of the page the form was sent from, when the browser says and it is this site. */
	private static String samePage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null || referer.length() > 2_000) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/login")) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException notAnAddress) {
			return null;
		}
	}

	/** The form kept for this page, taken out of the session (it is put back once). */
	public static KeptForm takeFor(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptForm kept)) {
			return null;
		}
		String path = request.getRequestURI();
		if (!kept.page().equals(path) && !kept.page().startsWith(path + "?")) {
			return null;
		}
		session.removeAttribute(ATTRIBUTE);
		return kept;
	}

	/** Where to go after the login: the page of a kept form, or null. */
	static String pageAfterLogin(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(ATTRIBUTE) instanceof KeptForm kept ? kept.page() : null;
	}

}
