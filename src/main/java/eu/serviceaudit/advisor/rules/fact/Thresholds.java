package eu.serviceaudit.advisor.rules.fact;

/**
 * Every number the rules compare against, in one place (CONTRACT.md sections 5 and 10 defaults). The engine inserts
 * one of these into each session; the DRL files never repeat a threshold as a literal.
 *
 * @param failLine a finding fails when its normalised score is below this
 * @param systemicFailures failures a systemic criterion has at least
 * @param systemicRate failure rate a systemic criterion has at least
 * @param recurringFailures failures a recurring criterion has at least
 * @param recurringRate failure rate a recurring criterion has at least
 * @param strengthObservations observations a strength has at least
 * @param strengthScore mean score a strength has at least
 * @param belowStandardObservations observations a below-standard criterion has at least
 * @param belowStandardScore mean score a below-standard criterion stays under
 * @param loudVoice matched negative comments that make a criterion the customers' voice (and rank it first)
 * @param contradictingVoice matched negative comments that put a strength in doubt
 * @param localFailures failures of a criterion at one location that can make it local
 * @param localRate failure rate at that location a local weakness has at least
 * @param localOthersObservations observations of the criterion at all other locations together, at least
 * @param localOthersRate failure rate at all other locations together, at most
 * @param leadershipObservations observations a location with a leadership gap has at least
 * @param leadershipGap how far its mean score is below the mean of all other locations, at least
 * @param leadershipCriteria criteria failing at that location, at least
 * @param smallSampleNps NPS answers under which the NPS is a small sample
 * @param surveyPairs answers with both recommend and satisfaction before their agreement is judged
 * @param surveyAgreement Pearson correlation under which the two questions disagree
 */
public record Thresholds(double failLine, int systemicFailures, double systemicRate, int recurringFailures,
		double recurringRate, int strengthObservations, double strengthScore, int belowStandardObservations,
		double belowStandardScore, int loudVoice, int contradictingVoice, int localFailures, double localRate,
		int localOthersObservations, double localOthersRate, int leadershipObservations, double leadershipGap,
		int leadershipCriteria, int smallSampleNps, int surveyPairs, double surveyAgreement) {

	public static final Thresholds DEFAULTS = new Thresholds(0.5, 3, 0.6, 2, 0.3, 2, 0.85, 3, 0.7, 3, 2, 2, 0.6, 2,
			0.2, 2, 0.15, 3, 30, 20, 0.2);

	/** These thresholds with the numbers of CONTRACT.md section 5 replaced; the others stay. */
	public Thresholds withPatterns(double newFailLine, int newSystemicFailures, double newSystemicRate,
			int newRecurringFailures, double newRecurringRate, int newStrengthObservations, double newStrengthScore) {
		return new Thresholds(newFailLine, newSystemicFailures, newSystemicRate, newRecurringFailures,
				newRecurringRate, newStrengthObservations, newStrengthScore, belowStandardObservations,
				belowStandardScore, loudVoice, contradictingVoice, localFailures, localRate, localOthersObservations,
				localOthersRate, leadershipObservations, leadershipGap, leadershipCriteria, smallSampleNps,
				surveyPairs, surveyAgreement);
	}

}
