package eu.serviceaudit.advisor.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one field-validation kit of every feature that takes input (audits, CSV imports, plans, training sessions):
 * collects the errors of one request and checks the usual shapes of text, dates and enum values, so that the same
 * input is refused the same way wherever it enters. Text is checked as sent: longer than its column, or holding a
 * control character other than tab and line breaks, is refused; blank optional text counts as absent.
 */
public final class FieldErrors {

	/** How much of a refused value an error message quotes. */
	static final int QUOTED = 60;

	/** How many errors one answer lists; the rest are only counted, so that a huge bad file gets a short answer. */
	public static final int MAX_LISTED = 100;

	private final List<FieldError> errors = new ArrayList<>();

	private int total;

	public void add(String pointer, String message) {
		add(new FieldError(pointer, message));
	}

	public void add(FieldError error) {
		total++;
		if (errors.size() < MAX_LISTED) {
			errors.add(error);
		}
	}

	/** The errors that {@code later} collected, after these: as if they had been added here in that order. */
	public void addAll(FieldErrors later) {
		for (FieldError error : later.errors) {
			add(error);
		}
		total += later.total - later.errors.size();
	}

	public boolean isEmpty() {
		return total == 0;
	}

	/** How many errors were found, listed or not. */
	public int size() {
		return total;
	}

	public List<FieldError> list() {
		return List.copyOf(errors);
	}

	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw exception();
		}
	}

	/** The refusal naming the errors collected so far; call it only when there are some. */
	public InvalidRequestException exception() {
		return new InvalidRequestException(errors, total);
	}

	/** Stripped text; refused when absent or blank. */
	public String requiredText(String value, String at, int max) {
		if (value == null || value.isBlank()) {
			add(at, "is required");
			return null;
		}
		return optionalText(value, at, max);
	}

	/** Stripped text, or null when absent or blank. */
	public String optionalText(String value, String at, int max) {
		return optionalText(value, () -> at, max);
	}

	/**
	 * As {@link #optionalText(String, String, int)}, with the JSON pointer made only for an error: an audit has tens of
	 * thousands of such fields, and building every pointer was a third of its validation (docs/performance.md, issue 10).
	 */
	public String optionalText(String value, java.util.function.Supplier<String> at, int max) {
		if (value == null) {
			return null;
		}
		if (value.length() > max) {
			add(at.get(), "is longer than " + max + " characters");
			return null;
		}
		if (hasControlCharacters(value)) {
			add(at.get(), "contains control characters");
			return null;
		}
		if (InputBounds.hasLoneSurrogate(value)) {
			add(at.get(), InputBounds.LONE_SURROGATE);
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** An ISO-8601 date, or null when absent or blank. */
	public LocalDate date(String value, String at) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = plainDate(value);
			if (date == null) {
				date = LocalDate.parse(value.strip());
			}
			if (!InputBounds.saneDate(date)) {
				add(at, InputBounds.DATE_RANGE + ", was '" + clip(value) + "'");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			add(at, "must be an ISO-8601 date such as 2026-10-02, was '" + clip(value) + "'");
			return null;
		}
	}

	/**
	 * The date of a plain {@code yyyy-MM-dd} (what nearly every audit sends, once per observation), read without the
	 * general ISO formatter, which was most of the time validation took for dates; null for anything else (spaces, a
	 * signed or longer year, an impossible day), which {@link LocalDate#parse} then accepts or refuses as before.
	 */
	static LocalDate plainDate(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			return null;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 7);
		int day = digits(value, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** The number written in {@code value} from {@code from} to {@code to} in ASCII digits, or -1. */
	private static int digits(String value, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	/** One of the constants of {@code type} by its exact name; refused when absent or blank. */
	public <E extends Enum<E>> E requiredEnum(String value, String at, Class<E> type) {
		if (value == null || value.isBlank()) {
			add(at, "is required, one of " + Arrays.toString(type.getEnumConstants()));
			return null;
		}
		return enumValue(value, at, type);
	}

	/** One of the constants of {@code type} by its exact name, or null when absent. */
	public <E extends Enum<E>> E enumValue(String value, String at, Class<E> type) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			add(at, "unknown value '" + clip(value) + "', expected one of " + Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	/** A control character other than tab, line feed and carriage return (C0, DEL or C1). */
	public static boolean hasControlCharacters(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
				return true;
			}
		}
		return false;
	}

	/** A value quoted in an error message: at most 60 characters, then an ellipsis; null reads as empty. */
	public static String clip(String value) {
		if (value == null) {
			return "";
		}
		return value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value;
	}

}
