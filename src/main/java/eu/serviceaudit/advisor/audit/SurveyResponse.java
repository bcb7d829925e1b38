package eu.serviceaudit.advisor.audit;

/**
 * One answer of a customer or internal-customer survey. Rules read it from the audit's {@code SurveyAnswers} fact
 * ({@code SurveyResponse( ... ) from $answers.all()}); {@code index} tells apart the answers of one
 * observation. Each score is optional.
 */
public record SurveyResponse(String observationId, String locationId, int index, Integer recommend,
		Integer satisfaction, Integer effort, String comment) {

	public boolean hasComment() {
		return comment != null && !comment.isBlank();
	}

}
