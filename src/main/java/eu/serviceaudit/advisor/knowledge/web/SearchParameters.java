package eu.serviceaudit.advisor.knowledge.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import eu.serviceaudit.advisor.system.FieldErrors;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.ExerciseFormat;
import eu.serviceaudit.advisor.knowledge.search.SearchRequest;

import static eu.serviceaudit.advisor.system.FieldErrors.clip;

/**
 * Reads the query parameters of {@code GET /api/kb/search} into a {@link SearchRequest}. The text is never refused;
 * a filter value the API does not know is refused with 422 naming the parameter (a typo in a filter would otherwise
 * silently return nothing); {@code limit} and {@code offset} are clamped to 0–100 and 0–10,000.
 */
final class SearchParameters {

	private final CriteriaCatalogue criteria;

	SearchParameters(CriteriaCatalogue criteria) {
		this.criteria = criteria;
	}

	SearchRequest read(String q, List<String> lang, List<String> type, List<String> criterion, List<String> dimension,
			List<String> stage, List<String> format, String maxMinutes, String limit, String offset) {
		FieldErrors errors = new FieldErrors();
		Set<Language> languages = values("lang", lang, code -> Language.fromCode(code).orElse(null),
				() -> Arrays.stream(Language.values()).map(Language::code).toList(), errors);
		Set<ArticleType> types = values("type", type, name -> enumValue(ArticleType.class, name),
				() -> names(ArticleType.values()), errors);
		Set<ExerciseFormat> formats = values("format", format, name -> enumValue(ExerciseFormat.class, name),
				() -> names(ExerciseFormat.values()), errors);
		Set<String> codes = values("criterion", criterion, code -> criteria.contains(code) ? code : null,
				() -> criteria.all().stream().map(Criterion::code).toList(), errors);
		Set<String> dimensions = values("dimension", dimension, known(dimension, Criterion::dimension),
				() -> catalogue(Criterion::dimension), errors);
		Set<String> stages = values("stage", stage, known(stage, Criterion::stage), () -> catalogue(Criterion::stage),
				errors);
		Long minutes = number("maxMinutes", maxMinutes, errors);
		Long pageSize = number("limit", limit, errors);
		Long skip = number("offset", offset, errors);
		errors.throwIfAny();
		return new SearchRequest(q, languages, types, codes, dimensions, stages, formats,
				minutes == null ? null : (int) clamp(minutes, Integer.MIN_VALUE, Integer.MAX_VALUE),
				pageSize == null ? SearchRequest.DEFAULT_LIMIT : (int) clamp(pageSize, 0, SearchRequest.MAX_LIMIT),
				skip == null ? 0 : (int) clamp(skip, 0, SearchRequest.MAX_OFFSET), true);
	}

	/** The check of a filter's values; the catalogue is read only when the filter is given (most searches have none). */
	private Function<String, String> known(List<String> given, Function<Criterion, String> attribute) {
		if (given == null || given.isEmpty()) {
			return value -> null;
		}
		Set<String> values = Set.copyOf(catalogue(attribute));
		return value -> values.contains(value) ? value : null;
	}

	private List<String> catalogue(Function<Criterion, String> attribute) {
		return criteria.all().stream().map(attribute).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
	}

	private static <T> Set<T> values(String parameter, List<String> given, Function<String, T> parse,
			Supplier<List<String>> allowed, FieldErrors errors) {
		Set<T> values = new LinkedHashSet<>();
		if (given == null) {
			return values;
		}
		for (String raw : given) {
			if (raw == null || raw.isBlank()) {
				continue;
			}
			T value = parse.apply(raw.strip());
			if (value == null) {
				errors.add("/query/" + parameter, "unknown value '" + clip(raw) + "'; expected one of " + allowed.get());
			}
			else {
				values.add(value);
			}
		}
		return values;
	}

	private static Long number(String parameter, String raw, FieldErrors errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String digits = raw.strip();
		if (!digits.matches("[+-]?\\d{1,30}")) {
			errors.add("/query/" + parameter, "must be a whole number, was '" + clip(raw) + "'");
			return null;
		}
		if (digits.replaceFirst("^[+-]?0*", "").length() > 18) {
			return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
		}
		return Long.parseLong(digits);
	}

	private static long clamp(long value, long min, long max) {
		return Math.max(min, Math.min(max, value));
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(name)) {
				return constant;
			}
		}
		return null;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
