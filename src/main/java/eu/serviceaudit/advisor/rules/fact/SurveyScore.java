package eu.serviceaudit.advisor.rules.fact;

/**
 * One survey measure over the responses that answered it; absent when none did. {@code margin} is the 95 % margin
 * of the NPS in points (null for the other measures).
 */
public record SurveyScore(SurveyMeasure measure, double value, int responses, Double margin) {

	public SurveyScore(SurveyMeasure measure, double value, int responses) {
		this(measure, value, responses, null);
	}

	/**
	 * NPS from its promoters and detractors, with the margin 1.96 × 100 × √((p₊ + p₋ − (p₊ − p₋)²) / n)
	 * (CONTRACT.md section 10).
	 */
	public static SurveyScore nps(int n, int promoters, int detractors) {
		double plus = (double) promoters / n;
		double minus = (double) detractors / n;
		double variance = Math.max(0.0, plus + minus - (plus - minus) * (plus - minus));
		return new SurveyScore(SurveyMeasure.NPS, 100.0 * (plus - minus), n, 1.96 * 100.0 * Math.sqrt(variance / n));
	}

}
