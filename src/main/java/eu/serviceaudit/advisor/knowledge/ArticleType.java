package eu.serviceaudit.advisor.knowledge;

/** What an article is: a recommendation to act on, an exercise a trainer runs, or a practice of the trade. */
public enum ArticleType {

	RECOMMENDATION, EXERCISE, PRACTICE

}
