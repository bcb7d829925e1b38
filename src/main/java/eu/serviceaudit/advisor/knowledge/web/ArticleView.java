package eu.serviceaudit.advisor.knowledge.web;

import java.util.List;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleText;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.Markdown;

/**
 * A whole article in one language, as {@code GET /api/kb/articles/{id}} answers it. {@code bodyHtml} is rendered
 * from the Markdown with raw HTML escaped. Exercise fields are null for other types; {@code exercises} and the
 * {@code kpi}, {@code coaching}, {@code training}, {@code process} sentences and the title of each kind
 * ({@code processTitle}, {@code trainingTitle}, {@code coachingTitle}) belong to recommendations.
 */
record ArticleView(String id, String type, String language, String title, String summary, String bodyMarkdown,
		String bodyHtml, List<String> criteria, String dimension, String stage, String format, Integer durationMinutes,
		GroupSize groupSize, String level, List<ExerciseLink> exercises, String kpi, String coaching, String training,
		String process, String processTitle, String trainingTitle, String coachingTitle) {

	record GroupSize(Integer min, Integer max) {
	}

	record ExerciseLink(String id, String title, String format, Integer durationMinutes) {
	}

	static ArticleView of(Article article, Language language, KnowledgeBase knowledgeBase) {
		ArticleText text = article.text(language);
		List<ExerciseLink> exercises = article.exercises()
			.stream()
			.flatMap(id -> knowledgeBase.find(id).stream())
			.map(exercise -> new ExerciseLink(exercise.id(), exercise.text(language).title(),
					exercise.format() == null ? null : exercise.format().name(), exercise.durationMinutes()))
			.toList();
		GroupSize group = article.groupMin() == null && article.groupMax() == null ? null
				: new GroupSize(article.groupMin(), article.groupMax());
		return new ArticleView(article.id(), article.type().name(), language.code(), text.title(), text.summary(),
				text.body(), Markdown.toHtml(text.body()), article.criteria(), article.dimension(), article.stage(),
				article.format() == null ? null : article.format().name(), article.durationMinutes(), group,
				article.level(), exercises, text.kpi(), text.coaching(), text.training(), text.process(),
				text.processTitle(), text.trainingTitle(), text.coachingTitle());
	}

}
