package eu.serviceaudit.advisor.rules.fact;

import eu.serviceaudit.advisor.criteria.Criterion;

/** The mean normalised score of a criterion over the observations that assessed it. */
public record CriterionScore(Criterion criterion, String code, String dimension, int observations, double score) {

	public static CriterionScore of(Criterion criterion, int observations, double sum) {
		return new CriterionScore(criterion, criterion.code(), criterion.dimension(), observations, sum / observations);
	}

}
