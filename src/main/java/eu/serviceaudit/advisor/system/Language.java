package eu.serviceaudit.advisor.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five languages of titles, texts and the user interface. */
public enum Language {

	EN, ET, LV, RU, UK;

	public static final Language DEFAULT = EN;

	/** Made once: every worded sentence and every page's messages ask for it. */
	private final Locale locale = Locale.forLanguageTag(code());

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return locale;
	}

	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst();
	}

	/** The language asked for, or English when nothing or something unknown was asked for. */
	public static Language orDefault(String code) {
		return fromCode(code).orElse(DEFAULT);
	}

}
