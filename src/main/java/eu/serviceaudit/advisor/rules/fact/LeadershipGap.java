package eu.serviceaudit.advisor.rules.fact;

import java.util.List;

/**
 * LOCATION_LEADERSHIP: a location scoring well below all the others with failures in several criteria, which points
 * at how the location is led rather than at one skill. {@code mean} and {@code othersMean} are mean normalised scores
 * over all findings; {@code failureRate} is the share of the location's findings that failed.
 */
public record LeadershipGap(String location, int observations, double mean, double othersMean,
		List<String> failingCriteria, double failureRate, String rule) implements DiagnosisFact {

	public static final String KIND = "LOCATION_LEADERSHIP";

	public LeadershipGap {
		failingCriteria = List.copyOf(failingCriteria);
	}

	public static LeadershipGap of(String location, int observations, LocationFindings here, LocationFindings all,
			LocationFailures failures, String rule) {
		int others = all.findings() - here.findings();
		double othersMean = others == 0 ? 0.0 : (all.sum() - here.sum()) / others;
		return new LeadershipGap(location, observations, here.mean(), othersMean, failures.criteria(),
				here.findings() == 0 ? 0.0 : (double) failures.failures() / here.findings(), rule);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<String> criteria() {
		return failingCriteria;
	}

	@Override
	public List<String> locations() {
		return List.of(location);
	}

}
