package eu.serviceaudit.advisor.analysis.web;

import eu.serviceaudit.advisor.criteria.CriterionNames;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analyses.AnalysisHeader;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.system.web.CurrentUser;
import eu.serviceaudit.advisor.system.web.Page;

/** Lists analyses by client and shows one analysis; read by consultants and managers. */
@Controller
@Page
class AnalysisPagesController {

	static final String SHOW_VIEW = "analyses/show";

	static final String PARTS_VIEW = "analyses/show-parts";

	private final Analyses analyses;

	private final CriterionNames names;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ITemplateEngine templates;

	private final Clock clock = Clock.systemUTC();

	private final AnalysisPageCache pages = new AnalysisPageCache();

	AnalysisPagesController(Analyses analyses, CriterionNames names, MessageSource messages, JsonMapper json,
			ITemplateEngine templates) {
		this.templates = templates;
		this.analyses = analyses;
		this.names = names;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/analyses/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) String location,
			@RequestParam(required = false) String dimension, @RequestParam(required = false) String horizon,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Analysis analysis = analyses.get(id);
		AnalysisPage.Filter filter = new AnalysisPage.Filter(location, dimension, horizon);
		AnalysisPageCache.Built built = built(id, analysis, filter, clock.instant());
		AnalysisPage page = built.page();
		model.addAttribute("page", page);
		model.addAttribute("a", analysis);
		model.addAttribute("names", names.in(locale));
		model.addAttribute("locationChart", built.locationChart());
		boolean picking = model.getAttribute("currentUser") instanceof CurrentUser user && user.editsPlans();
		String key = locale.toLanguageTag() + (picking ? "|picking" : "");
		AnalysisPageCache.Rendered rendered = filter.active() ? null : built.rendered(key);
		if (rendered == null) {
			model.addAttribute("dimensionChart", json.writeValueAsString(translated(page.dimensionChart(), locale)));
			if (!filter.active()) {
				rendered = render(model, picking, locale, request, response);
				built.keep(key, rendered);
			}
		}
		model.addAttribute("rendered", rendered);
		return SHOW_VIEW;
	}

	/**
	 * The summary (cards, charts, heat map, diagnoses, strengths, weaknesses, alerts) and the recommendations as the
	 * page shows them in this language: most of the page's markup and of its rendering time, the same on every
	 * request, so an unfiltered page renders them once (with this request for its links).
	 */
	private AnalysisPageCache.Rendered render(Model model, boolean picking, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, Object> variables = new HashMap<>(model.asMap());
		variables.put("picking", picking);
		IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext context = new WebContext(exchange, locale, variables);
		return new AnalysisPageCache.Rendered(templates.process(PARTS_VIEW, Set.of("summaryPart"), context),
				templates.process(PARTS_VIEW, Set.of("recommendationsPart"), context));
	}

	/** The page as opened without filters comes from the cache; a filtered one is built for the request. */
	private AnalysisPageCache.Built built(String id, Analysis analysis, AnalysisPage.Filter filter, Instant now) {
		boolean plain = !filter.active();
		AnalysisPageCache.Built cached = plain ? pages.get(id, analysis, now) : null;
		if (cached != null) {
			return cached;
		}
		Audit audit = analyses.findAudit(id).orElseThrow(() -> Analyses.notFound(id));
		AnalysisPage page = AnalysisPage.of(analysis, audit, filter, now);
		AnalysisPageCache.Built built = new AnalysisPageCache.Built(analysis, page,
				json.writeValueAsString(page.locationChart()), AnalysisPageCache.validUntil(analysis, now));
		if (plain) {
			pages.put(id, built);
		}
		return built;
	}

	private Map<String, Object> translated(Map<String, Object> chart, Locale locale) {
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) chart.get("labels");
		List<String> labels = codes.stream()
			.map(code -> messages.getMessage("dimension." + code, null, code, locale))
			.toList();
		return Map.of("labels", labels, "values", chart.get("values"));
	}

}
