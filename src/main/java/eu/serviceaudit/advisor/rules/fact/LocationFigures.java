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

	public double failureRate() {
		return observations == 0 ? 0.0 : (double) failures / observations;
	}

	public double othersFailureRate() {
		return othersObservations == 0 ? 0.0 : (double) othersFailures / othersObservations;
	}

}
