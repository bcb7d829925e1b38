package eu.serviceaudit.advisor.report;

import java.util.ArrayList;
import java.util.List;

import eu.serviceaudit.advisor.audit.FieldError;

/** Collects the field errors of one report request; text is bounded by the column it goes into. */
final class ReportFields {

	static final int MAX_SUMMARY = 8_000;

	static final int MAX_TITLE = 300;

	static final int MAX_TEXT = 4_000;

	static final int MAX_REASON = 1_000;

	static final int MAX_NOTE = 4_000;

	static final int MAX_ID = 100;

	static final int MIN_HEADLINE = 3;

	static final int MAX_HEADLINE = 5;

	private final List<FieldError> errors = new ArrayList<>();

	void add(String pointer, String message) {
		errors.add(new FieldError(pointer, message));
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidReportException(errors);
		}
	}

	/** Stripped text, or null when absent or blank; control characters other than line breaks and tabs refused. */
	String text(String value, String at, int max) {
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
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
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
		if (value == null) {
			return "";
		}
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}

}
