package eu.serviceaudit.advisor.rules.fact;

/**
 * A criterion's figures at one location beside the figures of all other locations together: what the LOCAL
 * diagnosis compares.
 */
public record LocationFigures(String code, String location, int observations, int failures, int othersObservations,
		int othersFailures) {

	public static LocationFigures of(CriterionFigures all, String location, int observations, int failures) {
		return new LocationFigures(all.code(), location, observations, failures, all.observations() - observations,
				all.failures() - failures);
	}

	/**
	 * The figures at every location where the criterion failed at least {@code minFailures} times and in at least
	 * {@code minRate} of its observations there, from all its findings in one pass (grouping inside one accumulate is
	 * far cheaper than an accumulate per location). Both thresholds come from the rule; a location below them cannot
	 * be the LOCAL one, and every location figure costs the session a logical insertion.
	 */
	public static java.util.List<LocationFigures> atEachLocation(CriterionFigures all, java.util.List<?> findings,
			double failLine, int minFailures, double minRate) {
		// hashed while counting, sorted only what qualifies: a tree map compared location names for every finding
		java.util.Map<String, int[]> byLocation = new java.util.HashMap<>();
		for (Object o : findings) {
			eu.serviceaudit.advisor.audit.Finding finding = (eu.serviceaudit.advisor.audit.Finding) o;
			if (finding.locationId() == null) {
				continue;
			}
			int[] counts = byLocation.computeIfAbsent(finding.locationId(), k -> new int[2]);
			counts[0]++;
			if (finding.normalisedScore() < failLine) {
				counts[1]++;
			}
		}
		java.util.List<LocationFigures> figures = new java.util.ArrayList<>();
		byLocation.forEach((location, counts) -> {
			LocationFigures here = of(all, location, counts[0], counts[1]);
			if (here.failures() >= minFailures && here.failureRate() >= minRate) {
				figures.add(here);
			}
		});
		figures.sort(java.util.Comparator.comparing(LocationFigures::location));
		return figures;
	}

	public double failureRate() {
		return observations == 0 ? 0.0 : (double) failures / observations;
	}

	public double othersFailureRate() {
		return othersObservations == 0 ? 0.0 : (double) othersFailures / othersObservations;
	}

}
