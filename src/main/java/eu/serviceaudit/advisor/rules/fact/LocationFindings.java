package eu.serviceaudit.advisor.rules.fact;

/** All findings of one location (or, {@code location} null, of the whole audit): how many and their score sum. */
public record LocationFindings(String location, int findings, double sum) {

	public double mean() {
		return findings == 0 ? 0.0 : sum / findings;
	}

}
