package eu.serviceaudit.advisor.rules.fact;

import java.util.Collection;
import java.util.List;

/** The criteria that failed at least once at a location, sorted, and how many findings failed there. */
public record LocationFailures(String location, List<String> criteria, int failures) {

	public LocationFailures {
		criteria = List.copyOf(criteria);
	}

	public static LocationFailures of(String location, Collection<String> criteria, int failures) {
		return new LocationFailures(location, criteria.stream().sorted().toList(), failures);
	}

}
