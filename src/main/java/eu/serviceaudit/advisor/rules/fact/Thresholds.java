package eu.serviceaudit.advisor.rules.fact;

/**
 * Every number the pattern rules compare against, in one place (CONTRACT.md section 5 defaults). The engine inserts
 * one of these into each session; the DRL files never repeat a threshold as a literal.
 *
 * @param failLine a finding fails when its normalised score is below this
 * @param systemicFailures failures a systemic criterion has at least
 * @param systemicRate failure rate a systemic criterion has at least
 * @param recurringFailures failures a recurring criterion has at least
 * @param recurringRate failure rate a recurring criterion has at least
 * @param strengthObservations observations a strength has at least
 * @param strengthScore mean score a strength has at least
 */
public record Thresholds(double failLine, int systemicFailures, double systemicRate, int recurringFailures,
		double recurringRate, int strengthObservations, double strengthScore) {

	public static final Thresholds DEFAULTS = new Thresholds(0.5, 3, 0.6, 2, 0.3, 2, 0.85);

}
