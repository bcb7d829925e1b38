package eu.serviceaudit.advisor.waves;

/**
 * n normalised finding scores summed up: enough for the mean, the sample standard deviation and the failure rate
 * without reading the findings again.
 */
public record Figures(int n, double sum, double sumOfSquares, int failures) {

	/** A finding fails below this normalised score (CONTRACT.md section 5). */
	public static final double FAILS_BELOW = 0.5;

	public static final Figures NONE = new Figures(0, 0, 0, 0);

	public Figures plus(double normalised) {
		return new Figures(n + 1, sum + normalised, sumOfSquares + normalised * normalised,
				failures + (normalised < FAILS_BELOW ? 1 : 0));
	}

	public Double mean() {
		return n == 0 ? null : sum / n;
	}

	public Double failureRate() {
		return n == 0 ? null : (double) failures / n;
	}

	/** The sample variance s² (n − 1 in the denominator); null below two scores. */
	public Double variance() {
		if (n < 2) {
			return null;
		}
		return Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
	}

}
