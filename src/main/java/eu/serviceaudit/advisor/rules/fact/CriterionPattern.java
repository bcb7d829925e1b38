package eu.serviceaudit.advisor.rules.fact;

import eu.serviceaudit.advisor.analysis.Pattern;

/** How widely an assessed criterion failed, as the classification rules decided. */
public record CriterionPattern(String code, Pattern pattern, CriterionFigures figures) {

	public static CriterionPattern of(CriterionFigures figures, Pattern pattern) {
		return new CriterionPattern(figures.code(), pattern, figures);
	}

}
