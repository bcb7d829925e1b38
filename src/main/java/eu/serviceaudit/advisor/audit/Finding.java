package eu.serviceaudit.advisor.audit;

/**
 * One criterion scored in one observation. Rules read it from the audit's {@code Findings} fact
 * ({@code Finding( ... ) from $findings.all()}); it carries its observation's id, location and method so that rules
 * can group on them without a second fact.
 */
public record Finding(String observationId, String locationId, Method method, String criterion, double score,
		double min, double max, String comment) {

	/** (score − min) / (max − min), in [0, 1]. */
	public double normalisedScore() {
		return (score - min) / (max - min);
	}

	public boolean atMinimum() {
		return score <= min;
	}

	public boolean hasComment() {
		return comment != null && !comment.isBlank();
	}

	/** How rationales and alerts name a finding: {@code observationId/criterion}. */
	public String reference() {
		return observationId + "/" + criterion;
	}

}
