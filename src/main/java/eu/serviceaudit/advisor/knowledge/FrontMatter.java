package eu.serviceaudit.advisor.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an article's {@code <lang>.md} into its front matter ({@code key: value} lines between {@code ---}) and
 * its Markdown body. Values are single lines; a value may itself contain colons. This is deliberately not YAML:
 * titles such as "Ролевая игра: жалоба покупателя" are natural in every language and YAML would refuse them unquoted
 * (article.yaml, which is YAML, is read with Jackson).
 */
final class FrontMatter {

	private static final String FENCE = "---";

	static final String PROCESS_TITLE = "processTitle";

	static final String TRAINING_TITLE = "trainingTitle";

	static final String COACHING_TITLE = "coachingTitle";

	private FrontMatter() {
	}

	static ArticleText parse(String text, String file, boolean recommendation, List<String> problems) {
		String normalized = text.replace("\r\n", "\n");
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		if (!normalized.startsWith(FENCE + "\n")) {
			problems.add(file + ": must start with a front matter block between --- lines");
			return null;
		}
		int end = normalized.indexOf("\n" + FENCE, FENCE.length());
		if (end < 0) {
			problems.add(file + ": the front matter is not closed by a --- line");
			return null;
		}
		Map<String, String> fields = new HashMap<>();
		String[] lines = normalized.substring(FENCE.length() + 1, end).split("\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int colon = line.indexOf(':');
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (colon < 1) {
				// i + 2: the file's line, below the opening ---
				problems.add(file + ": line " + (i + 2) + ": front matter line '" + line + "' is not key: value");
				continue;
			}
			fields.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
		}
		String body = normalized.substring(Math.min(normalized.length(), end + FENCE.length() + 1)).strip();
		int before = problems.size();
		List<String> required = recommendation ? List.of("title", PROCESS_TITLE, TRAINING_TITLE, COACHING_TITLE,
				"summary", "kpi", "coaching", "training", "process") : List.of("title", "summary");
		for (String key : required) {
			if (fields.getOrDefault(key, "").isBlank()) {
				problems.add(file + ": " + key + ": missing in the front matter");
			}
		}
		if (recommendation) {
			checkKindTitles(fields, file, problems);
		}
		if (body.isEmpty()) {
			problems.add(file + ": the article has no body");
		}
		if (problems.size() > before) {
			return null;
		}
		return new ArticleText(fields.get("title"), fields.get("summary"), fields.get("kpi"), fields.get("coaching"),
				fields.get("training"), fields.get("process"), fields.get(PROCESS_TITLE), fields.get(TRAINING_TITLE),
				fields.get(COACHING_TITLE), body);
	}

	/** A process change and a team training under one title would read as the same item twice. */
	private static void checkKindTitles(Map<String, String> fields, String file, List<String> problems) {
		List<String> keys = List.of(PROCESS_TITLE, TRAINING_TITLE, COACHING_TITLE);
		for (int i = 0; i < keys.size(); i++) {
			for (int j = i + 1; j < keys.size(); j++) {
				String a = fields.getOrDefault(keys.get(i), "");
				String b = fields.getOrDefault(keys.get(j), "");
				if (!a.isBlank() && a.strip().equalsIgnoreCase(b.strip())) {
					problems.add(file + ": " + keys.get(j) + ": must differ from " + keys.get(i) + " ('" + b + "')");
				}
			}
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && ((value.startsWith("\"") && value.endsWith("\""))
				|| (value.startsWith("'") && value.endsWith("'")))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
