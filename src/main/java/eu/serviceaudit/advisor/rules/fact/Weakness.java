package eu.serviceaudit.advisor.rules.fact;

import java.util.List;

import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.criteria.Scope;

/**
 * A criterion with a pattern other than NONE: what the recommendation decision table matches on (scope, pattern,
 * critical). {@code level} is the pattern's width for ranking (see {@link #level(Pattern)}). Score and failure rate
 * are null for a CUSTOMER_VOICE weakness that no finding assessed. {@code voice} counts the negative comments that
 * name the criterion and {@code comments} quotes up to three of them; {@code loud} says the voice reached the
 * threshold that ranks it first and brings its recommendations forward.
 */
public record Weakness(String code, String dimension, Scope scope, boolean critical, Pattern pattern, int level,
		Double score, Double failureRate, int observations, int failures, int locations, List<String> failingFindings,
		int voice, List<String> comments, boolean loud) {

	public Weakness {
		failingFindings = List.copyOf(failingFindings);
		comments = List.copyOf(comments);
	}

	/** An assessed criterion with its pattern, heard ({@code voice} not null) or not. */
	public static Weakness of(CriterionPattern classified, CriterionVoice voice, Thresholds thresholds) {
		CriterionFigures f = classified.figures();
		int heard = voice == null ? 0 : voice.comments();
		return new Weakness(f.code(), f.dimension(), f.scope(), f.critical(), classified.pattern(),
				level(classified.pattern()), f.score(), f.failureRate(), f.observations(), f.failures(), f.locations(),
				f.failingFindings(), heard, voice == null ? List.of() : voice.quotes(), heard >= thresholds.loudVoice());
	}

	public static Weakness of(CriterionPattern classified) {
		return of(classified, null, Thresholds.DEFAULTS);
	}

	/** A criterion no finding assessed, which the customers' comments name. */
	public static Weakness voiced(Criterion criterion, CriterionVoice voice, Thresholds thresholds) {
		return new Weakness(criterion.code(), criterion.dimension(), criterion.scope(), criterion.critical(),
				Pattern.CUSTOMER_VOICE, level(Pattern.CUSTOMER_VOICE), null, null, 0, 0, 0, List.of(),
				voice.comments(), voice.quotes(), voice.comments() >= thresholds.loudVoice());
	}

	/**
	 * What the floor-leadership recommendation of a location is ranked as: a recurring matter of the criterion (the
	 * manager's presence), scored by the location's own figures. Never a weakness of the analysis itself.
	 */
	public static Weakness leadership(Criterion criterion, LeadershipGap gap) {
		return new Weakness(criterion.code(), criterion.dimension(), criterion.scope(), criterion.critical(),
				Pattern.NONE, level(Pattern.RECURRING), gap.mean(), gap.failureRate(), gap.observations(),
				gap.failingCriteria().size(), 1, List.of(), 0, List.of(), false);
	}

	/**
	 * The pattern's width: a wider pattern ranks higher at equal criticality. SYSTEMIC 5, RECURRING 4, CUSTOMER_VOICE
	 * 3 (three customers who say so outweigh a mediocre average), BELOW_STANDARD 2, ISOLATED 1 (CONTRACT.md 10:
	 * below RECURRING, above ISOLATED).
	 */
	public static int level(Pattern pattern) {
		return switch (pattern) {
			case SYSTEMIC -> 5;
			case RECURRING -> 4;
			case CUSTOMER_VOICE -> 3;
			case BELOW_STANDARD -> 2;
			case ISOLATED -> 1;
			case NONE -> 0;
		};
	}

	/** The score for ordering, 0 when no finding assessed the criterion. */
	public double scoreOrZero() {
		return score == null ? 0.0 : score;
	}

	/** The failure rate for ordering, 0 when no finding assessed the criterion. */
	public double failureRateOrZero() {
		return failureRate == null ? 0.0 : failureRate;
	}

}
