package eu.serviceaudit.advisor.rules.fact;

/**
 * How well "would you recommend us" and "how satisfied were you" agree over the answers that gave both: the Pearson
 * correlation, null when either question got the same answer every time (no correlation can be computed).
 */
public record SurveyAgreement(int pairs, Double correlation) {

	public static SurveyAgreement of(int n, double sumX, double sumY, double sumXX, double sumYY, double sumXY) {
		double covariance = n * sumXY - sumX * sumY;
		double varianceX = n * sumXX - sumX * sumX;
		double varianceY = n * sumYY - sumY * sumY;
		if (varianceX <= 0 || varianceY <= 0) {
			return new SurveyAgreement(n, null);
		}
		return new SurveyAgreement(n, covariance / Math.sqrt(varianceX * varianceY));
	}

}
