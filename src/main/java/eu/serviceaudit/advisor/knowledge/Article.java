package eu.serviceaudit.advisor.knowledge;

import java.util.List;
import java.util.Map;

import eu.serviceaudit.advisor.system.Language;

/**
 * One knowledge-base article with its language-independent data and its text in every language. Exercise fields
 * ({@code format}, {@code durationMinutes}, group size, {@code level}) are null for other types; {@code exercises}
 * (the training actions a recommendation offers) is empty for other types.
 */
public record Article(String id, ArticleType type, List<String> criteria, String dimension, String stage,
		List<String> exercises, ExerciseFormat format, Integer durationMinutes, Integer groupMin, Integer groupMax,
		String level, Map<Language, ArticleText> texts) {

	public Article {
		criteria = List.copyOf(criteria);
		exercises = List.copyOf(exercises);
		texts = Map.copyOf(texts);
	}

	/** The text in the language asked for, else English. */
	public ArticleText text(Language language) {
		ArticleText text = texts.get(language);
		return text != null ? text : texts.get(Language.EN);
	}

	public boolean addresses(String criterion) {
		return criteria.contains(criterion);
	}

}
