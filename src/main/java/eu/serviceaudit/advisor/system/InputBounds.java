package eu.serviceaudit.advisor.system;

import java.time.LocalDate;

/**
 * Bounds every input shares, checked where the input enters: dates in a sane range (PostgreSQL cannot store
 * {@code +999999999-12-31}), text that is well-formed UTF-16 (a lone surrogate would become {@code ?} on PostgreSQL and
 * stay raw on H2), and scores small enough that {@code (score - min) / (max - min)} cannot overflow.
 */
public final class InputBounds {

	public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

	/** |min|, |max| and |score| at most this: their differences stay finite and exact enough. */
	public static final double MAX_SCORE_MAGNITUDE = 1e9;

	public static final String DATE_RANGE = "must be a date from 1900-01-01 to 2200-12-31";

	public static final String LONE_SURROGATE = "contains a broken character (a lone UTF-16 surrogate)";

	private InputBounds() {
	}

	public static boolean saneDate(LocalDate date) {
		return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
	}

	/** True when the text has a high surrogate without its low one or a low one without its high one. */
	public static boolean hasLoneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return true;
			}
			if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
