package eu.serviceaudit.advisor.analysis;

/** What a recommendation asks for: one-to-one feedback, a team exercise, or a change of standard, tool or organisation. */
public enum RecommendationKind {

	COACHING, TRAINING, PROCESS

}
