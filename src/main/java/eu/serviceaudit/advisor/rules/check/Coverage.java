package eu.serviceaudit.advisor.rules.check;

import java.util.List;
import java.util.Map;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.criteria.Scope;

/**
 * The coverage table: for every criterion of the catalogue and every pattern, what a small audit with that pattern
 * gets from the rule base.
 */
public record Coverage(List<Row> rows) {

	/** The patterns a coverage audit gives every criterion everywhere, narrowest first. */
	public static final List<Pattern> PATTERNS = List.of(Pattern.ISOLATED, Pattern.BELOW_STANDARD, Pattern.RECURRING,
			Pattern.SYSTEMIC, Pattern.CUSTOMER_VOICE);

	/** The patterns a coverage audit gives every criterion at one location only (CONTRACT.md 10, LOCAL). */
	public static final List<Pattern> LOCAL_PATTERNS = List.of(Pattern.ISOLATED, Pattern.RECURRING, Pattern.SYSTEMIC);

	/** {@code local}: what the criterion gets when one location carries the weakness. */
	public record Row(String criterion, Scope scope, boolean critical, Map<Pattern, Cell> cells,
			Map<Pattern, Cell> local) {
	}

	/**
	 * What one criterion with one pattern gets. {@code classifiedAs} is the pattern the rules actually gave the
	 * coverage audit (it should equal the pattern asked for).
	 */
	public record Cell(Pattern classifiedAs, List<Recommendation> recommendations) {
	}

	/** One recommendation: its kind, horizon, the article the row points at, its training actions and rule. */
	public record Recommendation(RecommendationKind kind, Horizon horizon, String article,
			List<String> trainingActions, String rule, List<String> locations) {
	}

}
