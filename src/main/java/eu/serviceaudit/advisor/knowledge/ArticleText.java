package eu.serviceaudit.advisor.knowledge;

import eu.serviceaudit.advisor.analysis.RecommendationKind;

/**
 * An article in one language: its front matter and Markdown body. {@code kpi}, {@code coaching}, {@code training},
 * {@code process} and the three kind titles are set for recommendations only.
 *
 * <p>
 * A process change, a team training and a coaching talk on the same criterion are different pieces of work, so a
 * recommendation article names each of them in its own words ({@code processTitle}, {@code trainingTitle},
 * {@code coachingTitle}); {@link #titleFor(RecommendationKind)} picks the one the analysis needs.
 */
public record ArticleText(String title, String summary, String kpi, String coaching, String training, String process,
		String processTitle, String trainingTitle, String coachingTitle, String body) {

	/** A text without kind titles (exercises, practices): every kind reads the article's {@code title}. */
	public ArticleText(String title, String summary, String kpi, String coaching, String training, String process,
			String body) {
		this(title, summary, kpi, coaching, training, process, null, null, null, body);
	}

	/** The title of a recommendation of this kind; the article's {@code title} when the kind has none. */
	public String titleFor(RecommendationKind kind) {
		String specific = switch (kind) {
			case PROCESS -> processTitle;
			case TRAINING -> trainingTitle;
			case COACHING -> coachingTitle;
		};
		return specific == null || specific.isBlank() ? title : specific;
	}

	/** The sentence that says what a recommendation of this kind asks for. */
	public String summaryFor(RecommendationKind kind) {
		return switch (kind) {
			case PROCESS -> process;
			case TRAINING -> training;
			case COACHING -> coaching;
		};
	}

}
