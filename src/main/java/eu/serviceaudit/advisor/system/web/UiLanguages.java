package eu.serviceaudit.advisor.system.web;

import java.util.Arrays;
import java.util.List;

import eu.serviceaudit.advisor.system.Language;

/**
 * The language codes of the language menu. The layout falls back to these when a page's model lacks them (an error
 * page rendered outside the controller that failed), so that no page has an empty menu or an empty {@code lang}.
 */
public final class UiLanguages {

	public static final List<String> CODES = Arrays.stream(Language.values()).map(Language::code).toList();

	private UiLanguages() {
	}

	/** The code of the language the page is shown in, English for anything else. */
	public static String of(java.util.Locale locale) {
		return Language.orDefault(locale == null ? null : locale.getLanguage()).code();
	}

}
