package eu.serviceaudit.advisor.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.knowledge.comments.CommentVocabulary;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Reads {@code knowledge-base/} (format in docs/knowledge-base-format.md) and refuses it, naming file and field, when
 * an article is incomplete or points at something that does not exist, or naming file and line when the comment
 * vocabulary ({@code criteria/voice/}) is.
 */
public final class KnowledgeBaseLoader {

	static final String METADATA = "article.yaml";

	private static final Map<String, ArticleType> FOLDER_TYPES = Map.of("recommendations", ArticleType.RECOMMENDATION,
			"exercises", ArticleType.EXERCISE, "practices", ArticleType.PRACTICE);

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Set<String> LEVELS = Set.of("BASIC", "INTERMEDIATE", "ADVANCED");

	private final CriteriaCatalogue criteria;

	public KnowledgeBaseLoader(CriteriaCatalogue criteria) {
		this.criteria = criteria;
	}

	public KnowledgeBase load(ContentFolder folder) {
		List<String> problems = new ArrayList<>();
		Map<String, Article> articles = new HashMap<>();
		for (String path : folder.filesEndingWith("/" + METADATA).keySet()) {
			String[] parts = path.split("/");
			if (parts.length != 3 || !FOLDER_TYPES.containsKey(parts[0])) {
				problems.add(path + ": an article folder must be recommendations/<id>, exercises/<id> or practices/<id>");
				continue;
			}
			Article article = article(folder, parts[0], parts[1], problems);
			if (article != null && articles.putIfAbsent(article.id(), article) != null) {
				problems.add(path + ": id: duplicate id '" + article.id() + "'");
			}
		}
		checkReferences(articles, problems);
		CommentVocabulary vocabulary = CommentVocabulary.read(folder, criteria, problems);
		if (!problems.isEmpty()) {
			throw new InvalidKnowledgeBaseException(problems);
		}
		return new KnowledgeBase(articles.values(), folder.contentHash(), vocabulary);
	}

	private Article article(ContentFolder folder, String typeFolder, String id, List<String> problems) {
		String dir = typeFolder + "/" + id + "/";
		String file = dir + METADATA;
		Map<String, Object> meta;
		try {
			Object parsed = YAML.readValue(folder.text(file), Object.class);
			if (!(parsed instanceof Map<?, ?> map)) {
				problems.add(file + ": must be a YAML mapping");
				return null;
			}
			Map<String, Object> fields = new HashMap<>();
			map.forEach((key, value) -> fields.put(String.valueOf(key), value));
			meta = fields;
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			problems.add(file + ": line " + line + ": not valid YAML: "
					+ String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse(""));
			return null;
		}
		int before = problems.size();
		ArticleType type = FOLDER_TYPES.get(typeFolder);
		if (!id.equals(text(meta, "id"))) {
			problems.add(file + ": id: must equal the folder name '" + id + "'");
		}
		if (!type.name().equals(text(meta, "type"))) {
			problems.add(file + ": type: must be " + type + " in the folder " + typeFolder + "/");
		}
		List<String> codes = list(meta, "criteria", file, problems);
		for (String code : codes) {
			if (!criteria.contains(code)) {
				problems.add(file + ": criteria: unknown criterion '" + code + "'");
			}
		}
		if (codes.isEmpty() && type != ArticleType.PRACTICE) {
			problems.add(file + ": criteria: a " + type + " must address at least one criterion");
		}
		String dimension = text(meta, "dimension");
		if (dimension == null || criteria.all().stream().map(Criterion::dimension).noneMatch(dimension::equals)) {
			problems.add(file + ": dimension: unknown dimension '" + dimension + "'");
		}
		String stage = text(meta, "stage");
		if (stage == null || criteria.all().stream().map(Criterion::stage).noneMatch(stage::equals)) {
			problems.add(file + ": stage: unknown stage '" + stage + "'");
		}
		List<String> exercises = type == ArticleType.RECOMMENDATION ? list(meta, "exercises", file, problems) : List.of();
		ExerciseFormat format = null;
		Integer duration = null;
		Integer groupMin = null;
		Integer groupMax = null;
		String level = null;
		if (type == ArticleType.EXERCISE) {
			String formatText = text(meta, "format");
			try {
				format = ExerciseFormat.valueOf(String.valueOf(formatText));
			}
			catch (IllegalArgumentException ex) {
				problems.add(file + ": format: unknown format '" + formatText + "', expected one of "
						+ Arrays.toString(ExerciseFormat.values()));
			}
			duration = positive(meta.get("durationMinutes"), file, "durationMinutes", problems);
			if (meta.get("groupSize") instanceof Map<?, ?> group) {
				groupMin = positive(group.get("min"), file, "groupSize.min", problems);
				groupMax = positive(group.get("max"), file, "groupSize.max", problems);
				if (groupMin != null && groupMax != null && groupMin > groupMax) {
					problems.add(file + ": groupSize: min is greater than max");
				}
			}
			else {
				problems.add(file + ": groupSize: required as {min: n, max: n}");
			}
			level = text(meta, "level");
			if (!LEVELS.contains(level)) {
				problems.add(file + ": level: must be one of " + LEVELS);
			}
		}
		Map<Language, ArticleText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			String textFile = dir + language.code() + ".md";
			if (!folder.contains(textFile)) {
				problems.add(textFile + ": missing (every article needs en, et, lv, ru and uk)");
				continue;
			}
			ArticleText text = FrontMatter.parse(folder.text(textFile), textFile, type == ArticleType.RECOMMENDATION,
					problems);
			if (text != null) {
				texts.put(language, text);
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new Article(id, type, codes, dimension, stage, exercises, format, duration, groupMin, groupMax, level,
				texts);
	}

	private static void checkReferences(Map<String, Article> articles, List<String> problems) {
		for (Article article : articles.values()) {
			for (String exercise : article.exercises()) {
				Article target = articles.get(exercise);
				if (target == null || target.type() != ArticleType.EXERCISE) {
					problems.add("recommendations/" + article.id() + "/" + METADATA + ": exercises: '" + exercise
							+ "' is not an exercise of the knowledge base");
				}
			}
		}
	}

	private static String text(Map<String, Object> meta, String key) {
		Object value = meta.get(key);
		return value == null ? null : String.valueOf(value);
	}

	private static List<String> list(Map<String, Object> meta, String key, String file, List<String> problems) {
		Object value = meta.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			problems.add(file + ": " + key + ": must be a list such as [A, B]");
			return List.of();
		}
		return items.stream().map(String::valueOf).toList();
	}

	private static Integer positive(Object value, String file, String key, List<String> problems) {
		if (value instanceof Integer number && number > 0) {
			return number;
		}
		problems.add(file + ": " + key + ": must be a positive whole number");
		return null;
	}

}
