package eu.serviceaudit.advisor.rules.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import eu.serviceaudit.advisor.audit.Finding;

import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.criteria.Scope;

/**
 * Everything the classification rules need to know about one assessed criterion: its catalogue data, n, mean score,
 * failures f, failure rate f / n, the distinct locations with a failure and the references of the failing findings
 * ({@code observationId/criterion}, sorted so that the answer does not depend on the order facts were matched).
 */
public record CriterionFigures(String code, String dimension, Scope scope, boolean critical, int observations,
		double score, int failures, double failureRate, int locations, List<String> failingFindings) {

	public CriterionFigures {
		failingFindings = List.copyOf(failingFindings);
	}

	/** The figures of a scored criterion from its findings: those below {@code failLine} are its failures. */
	public static CriterionFigures of(CriterionScore score, List<Finding> findings, double failLine) {
		List<String> failing = new ArrayList<>();
		Set<String> locations = new HashSet<>();
		for (Finding finding : findings) {
			if (finding.normalisedScore() < failLine) {
				failing.add(finding.reference());
				locations.add(finding.locationId());
			}
		}
		return of(score, failing, locations);
	}

	public static CriterionFigures of(CriterionScore score, Collection<String> failingFindings,
			Collection<String> failingLocations) {
		Criterion criterion = score.criterion();
		int failures = failingFindings.size();
		int locations = (int) failingLocations.stream().filter(Objects::nonNull).count();
		return new CriterionFigures(criterion.code(), criterion.dimension(), criterion.scope(), criterion.critical(),
				score.observations(), score.score(), failures, (double) failures / score.observations(), locations,
				failingFindings.stream().sorted().toList());
	}

}
