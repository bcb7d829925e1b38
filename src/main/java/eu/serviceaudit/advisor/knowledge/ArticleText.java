package eu.serviceaudit.advisor.knowledge;

/**
 * An article in one language: its front matter and Markdown body. {@code kpi}, {@code coaching}, {@code training}
 * and {@code process} are set for recommendations only.
 */
public record ArticleText(String title, String summary, String kpi, String coaching, String training, String process,
		String body) {
}
