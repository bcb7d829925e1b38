package eu.serviceaudit.advisor.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import eu.serviceaudit.advisor.audit.FieldError;
import eu.serviceaudit.advisor.system.InputBounds;

/** Collects the field errors of one plan request and checks the usual shapes of text, dates and numbers. */
final class Fields {

	static final int MAX_TITLE = 300;

	static final int MAX_NAME = 200;

	/** The column action_plan_items.owner_role holds 100 characters. */
	static final int MAX_OWNER_ROLE = 100;

	static final int MAX_NOTE = 4_000;

	private final List<FieldError> errors = new ArrayList<>();

	void add(String pointer, String message) {
		errors.add(new FieldError(pointer, message));
	}

	boolean isEmpty() {
		return errors.isEmpty();
	}

	int size() {
		return errors.size();
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidPlanException(errors);
		}
	}

	String requiredText(String value, String at, int max) {
		if (value == null || value.isBlank()) {
			add(at, "is required");
			return null;
		}
		return optionalText(value, at, max);
	}

	/** Stripped text, or null when absent or blank; control characters other than line breaks and tabs refused. */
	String optionalText(String value, String at, int max) {
		if (value == null) {
			return null;
		}
		if (value.length() > max) {
			add(at, "is longer than " + max + " characters");
			return null;
		}
		if (value.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)) {
			add(at, "contains control characters");
			return null;
		}
		if (InputBounds.hasLoneSurrogate(value)) {
			add(at, InputBounds.LONE_SURROGATE);
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	LocalDate date(String value, String at) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (!InputBounds.saneDate(date)) {
				add(at, InputBounds.DATE_RANGE + ", was '" + clip(value) + "'");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			add(at, "must be an ISO-8601 date such as 2027-01-31, was '" + clip(value) + "'");
			return null;
		}
	}

	<E extends Enum<E>> E enumValue(String value, String at, Class<E> type) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			add(at, "unknown value '" + clip(value) + "', expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	static String clip(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}

}
