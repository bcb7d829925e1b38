package eu.serviceaudit.advisor.rules.fact;

import java.util.List;

import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.criteria.Scope;

/**
 * A criterion with a pattern other than NONE: what the recommendation decision table matches on (scope, pattern,
 * critical). {@code level} is the pattern's width: 3 systemic, 2 recurring, 1 isolated.
 */
public record Weakness(String code, String dimension, Scope scope, boolean critical, Pattern pattern, int level,
		double score, double failureRate, List<String> failingFindings) {

	public static Weakness of(CriterionPattern classified) {
		CriterionFigures f = classified.figures();
		return new Weakness(f.code(), f.dimension(), f.scope(), f.critical(), classified.pattern(),
				level(classified.pattern()), f.score(), f.failureRate(), f.failingFindings());
	}

	static int level(Pattern pattern) {
		return switch (pattern) {
			case SYSTEMIC -> 3;
			case RECURRING -> 2;
			case ISOLATED, BELOW_STANDARD, CUSTOMER_VOICE -> 1;
			case NONE -> 0;
		};
	}

}
