package eu.serviceaudit.advisor.system;

import java.util.Locale;

/**
 * The CLDR plural category of a whole number in one of the app's languages
 * (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html): which form a noun or verb takes after
 * it. Russian and Ukrainian say 1, 21, 31 … with one form, 2–4, 22–24 … with another and 5–20, 25–30 … with a third;
 * Latvian 1, 21, 31 … (not 11) with one form; English and Estonian only 1. Counts are whole, so the fraction rules
 * are left out.
 */
enum PluralCategory {

	ZERO, ONE, FEW, MANY, OTHER;

	/** The category's keyword in a plural message: zero, one, few, many, other. */
	String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

	static PluralCategory of(long number, Locale locale) {
		long n = Math.abs(number);
		long lastDigit = n % 10;
		long lastTwo = n % 100;
		return switch (locale.getLanguage()) {
			case "ru", "uk" -> lastDigit == 1 && lastTwo != 11 ? ONE
					: lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? FEW : MANY;
			case "lv" -> lastDigit == 0 || (lastTwo >= 11 && lastTwo <= 19) ? ZERO
					: lastDigit == 1 ? ONE : OTHER;
			// en, et (and any language added without its own rule): only 1 is singular
			default -> n == 1 ? ONE : OTHER;
		};
	}

}
