package eu.serviceaudit.advisor.analysis.web;

import eu.serviceaudit.advisor.criteria.CriterionNames;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analyses.AnalysisHeader;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.system.web.Page;

/** Lists analyses by client and shows one analysis; read by consultants and managers. */
@Controller
@Page
class AnalysisPagesController {

	static final String SHOW_VIEW = "analyses/show";

	private final Analyses analyses;

	private final CriterionNames names;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	private final AnalysisPageCache pages = new AnalysisPageCache();

	AnalysisPagesController(Analyses analyses, CriterionNames names, MessageSource messages, JsonMapper json) {
		this.analyses = analyses;
		this.names = names;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/analyses/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) String location,
			@RequestParam(required = false) String dimension, @RequestParam(required = false) String horizon,
			Model model, Locale locale) {
		Analysis analysis = analyses.get(id);
		AnalysisPage.Filter filter = new AnalysisPage.Filter(location, dimension, horizon);
		AnalysisPageCache.Built built = built(id, analysis, filter, clock.instant());
		AnalysisPage page = built.page();
		model.addAttribute("page", page);
		model.addAttribute("a", analysis);
		model.addAttribute("names", names.in(locale));
		model.addAttribute("dimensionChart", json.writeValueAsString(translated(page.dimensionChart(), locale)));
		model.addAttribute("locationChart", built.locationChart());
		return SHOW_VIEW;
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
