package eu.serviceaudit.advisor.report;

import eu.serviceaudit.advisor.system.FieldErrors;

/**
 * The bounds of a report's inputs (each matches its column) and the checks of one report request, on top of the
 * shared {@link FieldErrors} kit.
 */
final class ReportFields {

	static final int MAX_SUMMARY = 8_000;

	static final int MAX_TITLE = 300;

	static final int MAX_TEXT = 4_000;

	static final int MAX_REASON = 1_000;

	static final int MAX_NOTE = 4_000;

	static final int MAX_ID = 100;

	static final int MIN_HEADLINE = 3;

	static final int MAX_HEADLINE = 5;

	private final FieldErrors errors = new FieldErrors();

	void add(String pointer, String message) {
		errors.add(pointer, message);
	}

	void throwIfAny() {
		errors.throwIfAny();
	}

	/** Stripped text, or null when absent or blank; too long or with control characters is refused. */
	String text(String value, String at, int max) {
		return errors.optionalText(value, at, max);
	}

	/** An id that is present and short, or null after recording why not. */
	String id(String value, String at) {
		if (value == null || value.isBlank()) {
			add(at, "is required");
			return null;
		}
		if (value.length() > MAX_ID) {
			add(at, "is longer than " + MAX_ID + " characters");
			return null;
		}
		return value.strip();
	}

	static String clip(String value) {
		return FieldErrors.clip(value);
	}

}
