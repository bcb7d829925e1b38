package eu.serviceaudit.advisor.rules.fact;

import java.util.List;

/**
 * Something the consultant should read before presenting: {@code code} (SMALL_SAMPLE_NPS, INCONSISTENT_SURVEY,
 * CONTRADICTED_STRENGTH), the criterion it is about (or null) and the figures its text quotes.
 */
public record Caveat(String code, String criterion, List<Object> arguments, String rule) {

	public Caveat {
		arguments = List.copyOf(arguments);
	}

	public static Caveat of(String code, String criterion, String rule, Object... arguments) {
		return new Caveat(code, criterion, java.util.Arrays.stream(arguments).map(a -> a == null ? (Object) "" : a).toList(), rule);
	}

}
