package eu.serviceaudit.advisor.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.system.FieldError;

/**
 * The field errors of a refused form, in the user's language and keyed by the id of the form field they belong to,
 * so that a page shows each next to its field (and app.js moves the focus to the first). The services word their
 * errors for the API in English with a JSON pointer; this reads the kind of problem from that wording.
 */
public final class FieldMessages {

	private static final Pattern TOO_LONG = Pattern.compile("is longer than (\\d+) characters");

	private FieldMessages() {
	}

	/**
	 * @param fieldOf the form field id of a JSON pointer, or null for a pointer the form has no field for (those
	 * go under the empty key, shown at the top)
	 */
	public static Map<String, String> byField(List<FieldError> errors, Function<String, String> fieldOf,
			MessageSource messages, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : errors) {
			String field = fieldOf.apply(error.pointer());
			byField.putIfAbsent(field == null ? "" : field, message(error.message(), messages, locale));
		}
		return byField;
	}

	static String message(String english, MessageSource messages, Locale locale) {
		String text = english == null ? "" : english;
		Matcher tooLong = TOO_LONG.matcher(text);
		if (tooLong.find()) {
			return messages.getMessage("pages.error.tooLong", new Object[] { tooLong.group(1) }, locale);
		}
		String key;
		if (text.startsWith("is required")) {
			key = "pages.error.required";
		}
		else if (text.contains("control characters")) {
			key = "pages.error.control";
		}
		else if (text.contains("ISO-8601 date")) {
			key = "pages.error.date";
		}
		else if (text.contains("from 0 to 1") || text.contains("percent")) {
			key = "pages.error.percent";
		}
		else if (text.contains("unknown value")) {
			key = "pages.error.choice";
		}
		else {
			key = "pages.error.invalid";
		}
		return messages.getMessage(key, null, locale);
	}

}
