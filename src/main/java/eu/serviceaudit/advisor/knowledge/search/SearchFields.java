package eu.serviceaudit.advisor.knowledge.search;

import java.util.List;

import eu.serviceaudit.advisor.system.Language;

/**
 * Every field name of the knowledge-base index, in one place. One Lucene document holds one article in one
 * language; its text fields carry the language in their name ({@code body_et}) so that each is analysed with the
 * analyzer of its language, at index and at query time.
 */
public final class SearchFields {

	/** The article id (keyword, stored). */
	public static final String ID = "id";

	/** {@code id/lang}: unique per document; also a doc value, from which hits are filled. */
	public static final String KEY = "key";

	public static final String TYPE = "type";

	public static final String LANGUAGE = "language";

	/** The criterion codes the article addresses (keyword, multi-valued, stored). */
	public static final String CRITERIA = "criteria";

	public static final String DIMENSION = "dimension";

	public static final String STAGE = "stage";

	/** Exercises only. */
	public static final String FORMAT = "format";

	/** Exercises only: an IntPoint for range filters plus a stored value. */
	public static final String DURATION_MINUTES = "durationMinutes";

	/** The facet dimensions, in the order the API lists them. */
	public static final List<String> FACETS = List.of(TYPE, DIMENSION, FORMAT, LANGUAGE, STAGE);

	private static final String TITLE = "title_";

	private static final String SUMMARY = "summary_";

	private static final String BODY = "body_";

	private SearchFields() {
	}

	public static String title(Language language) {
		return TITLE + language.code();
	}

	public static String summary(Language language) {
		return SUMMARY + language.code();
	}

	/** The body as plain text (Markdown markup removed), stored for snippets. */
	public static String body(Language language) {
		return BODY + language.code();
	}

	/** The text fields of one language with the weight a match in each gets: title over summary over body. */
	public static List<WeightedField> textFields(Language language) {
		return List.of(new WeightedField(title(language), 3f), new WeightedField(summary(language), 2f),
				new WeightedField(body(language), 1f));
	}

	/** The language whose analyzer a text field needs, or null for a keyword field. */
	static Language languageOf(String field) {
		int underscore = field.lastIndexOf('_');
		return underscore < 0 ? null : Language.fromCode(field.substring(underscore + 1)).orElse(null);
	}

	public record WeightedField(String name, float boost) {
	}

}
