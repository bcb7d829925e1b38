package eu.serviceaudit.advisor.knowledge.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import eu.serviceaudit.advisor.criteria.CriterionNames;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.ExerciseFormat;
import eu.serviceaudit.advisor.knowledge.ExerciseSessions;
import eu.serviceaudit.advisor.knowledge.Markdown;
import eu.serviceaudit.advisor.knowledge.search.KnowledgeSearcher;
import eu.serviceaudit.advisor.knowledge.search.SearchRequest;
import eu.serviceaudit.advisor.knowledge.search.SearchResult;
import eu.serviceaudit.advisor.system.web.NotFoundException;

/** Search the knowledge base and read an article; every role may. */
@Controller
@eu.serviceaudit.advisor.system.web.Page
class KnowledgePagesController {

	static final String SEARCH_VIEW = "kb/search";

	static final String ARTICLE_VIEW = "kb/article";

	static final int PAGE_SIZE = 10;

	private final KnowledgeSearcher searcher;

	private final CurrentKnowledgeBase knowledge;

	private final CriterionNames names;

	private final ExerciseSessions sessions;

	KnowledgePagesController(KnowledgeSearcher searcher, CurrentKnowledgeBase knowledge, CriterionNames names,
			ExerciseSessions sessions) {
		this.searcher = searcher;
		this.knowledge = knowledge;
		this.names = names;
		this.sessions = sessions;
	}

	/** The durations the search page offers as "at most N minutes". */
	static final List<Integer> DURATIONS = List.of(15, 30, 45, 60, 90, 120);

	/** The content-language choice that searches all five languages, each with its own analyzer. */
	static final String ALL_LANGUAGES = "all";

	@GetMapping("/kb")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String language,
			@RequestParam(required = false) String type, @RequestParam(required = false) String dimension,
			@RequestParam(required = false) String format, @RequestParam(required = false) String criterion,
			@RequestParam(required = false) String maxMinutes, @RequestParam(defaultValue = "0") int offset,
			Model model, Locale locale) {
		boolean all = ALL_LANGUAGES.equals(language);
		Language content = Language.fromCode(language).orElse(Language.orDefault(locale.getLanguage()));
		Map<String, String> criterionNames = names.in(locale);
		String chosenCriterion = criterion != null && criterionNames.containsKey(criterion.strip()) ? criterion.strip()
				: null;
		Integer minutes = minutes(maxMinutes);
		Filters filters = new Filters(blankToNull(q), all ? ALL_LANGUAGES : content.code(),
				enumName(type, ArticleType.class), dimensionOrNull(dimension), enumName(format, ExerciseFormat.class),
				chosenCriterion, minutes, Math.max(0, Math.min(offset, 10_000)));
		SearchRequest request = request(filters, all ? Set.of() : Set.of(content), PAGE_SIZE, filters.offset());
		SearchResult result = searcher.search(request);
		model.addAttribute("filters", filters);
		model.addAttribute("result", result);
		model.addAttribute("facets", facets(result, filters));
		model.addAttribute("clearUrl", filters.with("type", null).with("dimension", null).with("format", null).url());
		model.addAttribute("nextUrl", filters.offset() + PAGE_SIZE < result.total()
				? filters.withOffset(filters.offset() + PAGE_SIZE).url() : null);
		model.addAttribute("previousUrl", filters.offset() > 0
				? filters.withOffset(Math.max(0, filters.offset() - PAGE_SIZE)).url() : null);
		model.addAttribute("names", criterionNames);
		model.addAttribute("criteriaByName", criterionNames.entrySet().stream()
			.sorted(Map.Entry.comparingByValue()).toList());
		model.addAttribute("durations", DURATIONS);
		model.addAttribute("otherLanguages", !all && result.total() == 0 && filters.q() != null
				? otherLanguages(filters, content) : Map.of());
		model.addAttribute("allLanguagesUrl", filters.withLanguage(ALL_LANGUAGES).url());
		model.addAttribute("sessions", sessions.choices());
		return SEARCH_VIEW;
	}

	private static SearchRequest request(Filters filters, Set<Language> languages, int limit, int offset) {
		return new SearchRequest(filters.q() == null ? "" : filters.q(), languages,
				filters.type() == null ? Set.of() : Set.of(ArticleType.valueOf(filters.type())),
				filters.criterion() == null ? Set.of() : Set.of(filters.criterion()),
				filters.dimension() == null ? Set.of() : Set.of(filters.dimension()), Set.of(),
				filters.format() == null ? Set.of() : Set.of(ExerciseFormat.valueOf(filters.format())),
				filters.maxMinutes(), limit, offset, true);
	}

	/** When nothing matched in the chosen language: how many articles match in each other language. */
	private Map<String, Integer> otherLanguages(Filters filters, Language chosen) {
		Set<Language> others = java.util.EnumSet.allOf(Language.class);
		others.remove(chosen);
		SearchResult elsewhere = searcher.search(request(filters, others, 1, 0).withHighlight(false));
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (elsewhere.facets() != null) {
			elsewhere.facets().getOrDefault("language", Map.of()).forEach((code, count) -> {
				if (count > 0 && !code.equals(chosen.code())) {
					counts.put(code, count);
				}
			});
		}
		return counts;
	}

	private static Integer minutes(String text) {
		try {
			Integer value = text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
			return value != null && DURATIONS.contains(value) ? value : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	@GetMapping("/kb/articles/{id}")
	String article(@PathVariable String id, @RequestParam(required = false) String language, Model model,
			Locale locale) {
		Article article = knowledge.get().find(id).orElseThrow(() -> new NotFoundException("No article " + id));
		Language content = Language.fromCode(language).orElse(Language.orDefault(locale.getLanguage()));
		model.addAttribute("article", article);
		model.addAttribute("text", article.text(content));
		model.addAttribute("bodyHtml", Markdown.toHtml(article.text(content).body()));
		model.addAttribute("contentLanguage", content.code());
		List<Article> exercises = article.exercises().stream().flatMap(e -> knowledge.get().find(e).stream()).toList();
		model.addAttribute("exercises", exercises);
		model.addAttribute("names", names.in(locale));
		model.addAttribute("sessions", article.type() == ArticleType.EXERCISE ? sessions.choices() : List.of());
		return ARTICLE_VIEW;
	}

	/** Facet values with their counts and the link that applies (or lifts) them. */
	private static Map<String, List<FacetLink>> facets(SearchResult result, Filters filters) {
		Map<String, List<FacetLink>> facets = new LinkedHashMap<>();
		for (String facet : List.of("type", "dimension", "format")) {
			Map<String, Integer> counts = result.facets() == null ? Map.of() : result.facets().getOrDefault(facet, Map.of());
			List<FacetLink> links = new ArrayList<>();
			String current = filters.get(facet);
			counts.forEach((value, count) -> {
				boolean active = value.equals(current);
				links.add(new FacetLink(value, count, active, filters.with(facet, active ? null : value).url()));
			});
			facets.put(facet, links);
		}
		return facets;
	}

	public record FacetLink(String value, int count, boolean active, String url) {
	}

	/** The search as the page's address holds it; {@code language} is a code or "all". */
	public record Filters(String q, String language, String type, String dimension, String format, String criterion,
			Integer maxMinutes, int offset) {

		String get(String name) {
			return switch (name) {
				case "type" -> type;
				case "dimension" -> dimension;
				case "format" -> format;
				default -> null;
			};
		}

		Filters with(String name, String value) {
			return new Filters(q, language, name.equals("type") ? value : type,
					name.equals("dimension") ? value : dimension, name.equals("format") ? value : format, criterion,
					maxMinutes, 0);
		}

		Filters withOffset(int newOffset) {
			return new Filters(q, language, type, dimension, format, criterion, maxMinutes, newOffset);
		}

		Filters withLanguage(String newLanguage) {
			return new Filters(q, newLanguage, type, dimension, format, criterion, maxMinutes, 0);
		}

		public boolean allLanguages() {
			return ALL_LANGUAGES.equals(language);
		}

		public String url() {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/kb");
			if (q != null) {
				url.queryParam("q", q);
			}
			url.queryParam("language", language);
			if (type != null) {
				url.queryParam("type", type);
			}
			if (dimension != null) {
				url.queryParam("dimension", dimension);
			}
			if (format != null) {
				url.queryParam("format", format);
			}
			if (criterion != null) {
				url.queryParam("criterion", criterion);
			}
			if (maxMinutes != null) {
				url.queryParam("maxMinutes", maxMinutes);
			}
			if (offset > 0) {
				url.queryParam("offset", offset);
			}
			return url.encode().build().toUriString();
		}

		/** The same search in one language, for the hint that another language has hits. */
		public String urlIn(String code) {
			return withLanguage(code).url();
		}

	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static <E extends Enum<E>> String enumName(String value, Class<E> type) {
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant.name();
			}
		}
		return null;
	}

	private static final Set<String> DIMENSIONS = Set.of("ASSURANCE", "EMPATHY", "RELIABILITY", "RESPONSIVENESS",
			"TANGIBLES");

	private static String dimensionOrNull(String value) {
		return value != null && DIMENSIONS.contains(value.strip()) ? value.strip() : null;
	}

}
