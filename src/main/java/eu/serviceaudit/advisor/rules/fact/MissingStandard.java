package eu.serviceaudit.advisor.rules.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * MISSING_STANDARD: a weak organisation criterion and the weaknesses it explains; {@code criteria} names the
 * organisation criterion first, then the explained ones in code order.
 */
public record MissingStandard(String organisation, List<String> explained, String rule) implements DiagnosisFact {

	public static final String KIND = "MISSING_STANDARD";

	public MissingStandard {
		explained = List.copyOf(explained);
	}

	public static MissingStandard of(String organisation, Collection<String> explained, String rule) {
		return new MissingStandard(organisation, explained.stream().distinct().sorted().toList(), rule);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<String> criteria() {
		List<String> all = new ArrayList<>();
		all.add(organisation);
		all.addAll(explained);
		return all;
	}

	@Override
	public List<String> locations() {
		return List.of();
	}

}
