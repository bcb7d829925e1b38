package eu.serviceaudit.advisor.system.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import eu.serviceaudit.advisor.system.Language;

/** What the layout of every page needs: the user for the navigation, and the languages for the switch. */
@ControllerAdvice
class PageModel {

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return CurrentUser.of(authentication);
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return java.util.Arrays.stream(Language.values()).map(Language::code).toList();
	}

	/** The path of the page, for the language switch to come back to it. */
	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

	/** A form kept when the session expired, as JSON for app.js to put back on the page it was sent from. */
	@ModelAttribute("keptForm")
	String keptForm(jakarta.servlet.http.HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		eu.serviceaudit.advisor.system.security.KeptForm kept = eu.serviceaudit.advisor.system.security.KeptForm
			.takeFor(request);
		return kept == null ? null : json.writeValueAsString(java.util.Map.of("action", kept.action(), "fields",
				kept.fields()));
	}

	private final tools.jackson.databind.json.JsonMapper json;

	PageModel(tools.jackson.databind.json.JsonMapper json) {
		this.json = json;
	}

	@ModelAttribute("uiLanguage")
	String uiLanguage(Locale locale) {
		return Language.orDefault(locale.getLanguage()).code();
	}

}
