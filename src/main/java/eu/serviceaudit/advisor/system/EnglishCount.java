package eu.serviceaudit.advisor.system;

/**
 * A count and its noun for the texts that are English only (problem details of the API, the rules check in a
 * terminal): "1 second", "2 seconds", "0 problems". Pages and reports count through the message bundles instead.
 */
public final class EnglishCount {

	private EnglishCount() {
	}

	/** {@code count} followed by {@code one} when it is exactly 1 and by {@code other} otherwise. */
	public static String of(long count, String one, String other) {
		return count + " " + (count == 1 ? one : other);
	}

	/** As {@link #of(long, String, String)} for a noun whose plural adds an "s". */
	public static String of(long count, String noun) {
		return of(count, noun, noun + "s");
	}

}
