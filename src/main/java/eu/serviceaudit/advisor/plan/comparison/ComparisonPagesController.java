package eu.serviceaudit.advisor.plan.comparison;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.CriterionNames;
import eu.serviceaudit.advisor.plan.KpiCheck;
import eu.serviceaudit.advisor.plan.KpiChecks;
import eu.serviceaudit.advisor.system.web.Page;
import eu.serviceaudit.advisor.waves.WaveSummary;
import eu.serviceaudit.advisor.waves.Waves;

/** The wave-over-wave page: the same figures as GET /api/analyses/{id}/comparison, by criterion, dimension, location. */
@Controller
@Page
class ComparisonPagesController {

	static final String VIEW = "waves/comparison";

	private final Waves waves;

	private final WaveComparisons comparisons;

	private final KpiChecks kpis;

	private final CriteriaCatalogue catalogue;

	private final CriterionNames names;

	ComparisonPagesController(Waves waves, WaveComparisons comparisons, KpiChecks kpis, CriteriaCatalogue catalogue,
			CriterionNames names) {
		this.waves = waves;
		this.comparisons = comparisons;
		this.kpis = kpis;
		this.catalogue = catalogue;
		this.names = names;
	}

	@GetMapping("/analyses/{id}/comparison")
	String show(@PathVariable String id, @RequestParam(required = false) String previous, Model model, Locale locale) {
		WaveSummary current = waves.get(id);
		WaveSummary before = comparisons.previous(current, previous).orElse(null);
		List<KpiCheck> checks = before == null ? List.of() : kpis.ofPlansOn(before.analysisId(), current.analysisId());
		model.addAttribute("page", ComparisonPage.of(waves, catalogue, names.in(locale), current, before, checks));
		model.addAttribute("names", names.in(locale));
		return VIEW;
	}

}
