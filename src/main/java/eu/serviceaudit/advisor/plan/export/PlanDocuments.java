package eu.serviceaudit.advisor.plan.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.plan.ActionPlanService;
import eu.serviceaudit.advisor.plan.KpiChecks;

/** Assembles the document of a plan from the plan, its analysis and the message bundles. */
@Component
class PlanDocuments {

	private final ActionPlanService plans;

	private final Analyses analyses;

	private final CriteriaCatalogue criteria;

	private final MessageSource messages;

	private final KpiChecks kpis;

	PlanDocuments(ActionPlanService plans, Analyses analyses, CriteriaCatalogue criteria, MessageSource messages,
			KpiChecks kpis) {
		this.kpis = kpis;
		this.plans = plans;
		this.analyses = analyses;
		this.criteria = criteria;
		this.messages = messages;
	}

	PlanDocument of(String planId) {
		ActionPlan plan = plans.get(planId);
		Analysis analysis = analyses.get(plan.analysisId());
		Language language = Language.orDefault(plan.language());
		Locale locale = language.locale();
		java.util.function.Function<String, String> label = key -> messages.getMessage("export." + key, null, key,
				locale);
		Analysis.Summary s = analysis.summary();
		List<PlanDocument.Figure> summary = List.of(
				new PlanDocument.Figure(label.apply("overallScore"), percent(s == null ? null : s.overallScore(), locale)),
				new PlanDocument.Figure(label.apply("nps"), number(s == null ? null : s.nps(), 1, locale)),
				new PlanDocument.Figure(label.apply("csat"), number(s == null ? null : s.csat(), 1, locale)),
				new PlanDocument.Figure(label.apply("ces"), number(s == null ? null : s.ces(), 1, locale)));
		List<PlanDocument.Strength> strengths = analysis.strengths() == null ? List.of()
				: analysis.strengths().stream()
					.map(st -> new PlanDocument.Strength(st.criterion(), name(st.criterion(), language),
							percent(st.score(), locale)))
					.toList();
		java.util.Map<String, String> results = kpiResults(plan, locale);
		Map<String, Analysis.Recommendation> recommendations = new HashMap<>();
		analysis.recommendations().forEach(r -> recommendations.put(r.id(), r));
		Map<String, String> locationNames = locationNames(plan.analysisId());
		List<PlanDocument.Action> actions = plan.items().stream()
			.sorted(java.util.Comparator.comparingInt(ActionPlan.Item::rank))
			.map(item -> action(item, recommendations.get(item.recommendationId()), locationNames, language, label,
					results.getOrDefault(item.id(), "")))
			.toList();
		List<PlanDocument.Note> cautions = analysis.cautions().stream()
			.map(c -> new PlanDocument.Note(message("pages.caution." + c.code(), locale)
					+ (c.criterion() == null ? "" : ": " + name(c.criterion(), language)), c.text()))
			.toList();
		List<PlanDocument.Note> diagnoses = analysis.diagnoses().stream()
			.map(d -> new PlanDocument.Note(message("pages.diagnosis." + d.kind(), locale) + ": " + d.title(), d.text()))
			.toList();
		return new PlanDocument(plan.title(), plan.client(), plan.wave(), LocalDate.now(ZoneOffset.UTC).toString(),
				summary, cautions, diagnoses, strengths, actions, label);
	}

	/** Per item, the verdict of its KPI in the next wave ("Met in 2027-Q1: 95 %"), once that wave has arrived. */
	private java.util.Map<String, String> kpiResults(ActionPlan plan, Locale locale) {
		java.util.Map<String, String> results = new java.util.HashMap<>();
		kpis.of(plan).ifPresent(result -> result.checks().forEach(check -> results.put(check.itemId(),
				messages.getMessage("waves.export.kpiResult", new Object[] {
						messages.getMessage("waves.kpi." + check.verdict().name(), null, locale), result.wave().wave(),
						check.value() == null ? "—" : Math.round(check.value() * 100) + " %" }, locale))));
		return results;
	}

	private Map<String, String> locationNames(String analysisId) {
		Map<String, String> names = new HashMap<>();
		analyses.findAudit(analysisId).ifPresent(audit -> audit.locations().forEach(l -> names.put(l.id(), l.name())));
		return names;
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, "", locale);
	}

	private PlanDocument.Action action(ActionPlan.Item item, Analysis.Recommendation recommendation,
			Map<String, String> locationNames, Language language, java.util.function.Function<String, String> label,
			String kpiResult) {
		Locale locale = language.locale();
		ActionPlan.Kpi kpi = item.kpi();
		List<String> training = item.trainingActions().stream()
			.map(t -> t.title() + (t.format() == null ? "" : " (" + message("format." + t.format(), locale) + ")")
					+ (t.durationMinutes() > 0 ? ", " + t.durationMinutes() + " " + label.apply("minutes") : ""))
			.toList();
		String locations = recommendation == null || recommendation.locations() == null ? ""
				: recommendation.locations().stream().map(id -> locationNames.getOrDefault(id, id))
					.collect(Collectors.joining(", "));
		String why = recommendation == null || recommendation.rationale() == null
				|| recommendation.rationale().text() == null ? "" : recommendation.rationale().text();
		return new PlanDocument.Action(item.rank(), item.title(),
				item.kind() == null ? "" : label.apply("kind." + item.kind().name()),
				item.addresses().stream().map(code -> name(code, language)).collect(Collectors.joining(", ")),
				kpi == null || kpi.name() == null ? "" : kpi.name(),
				kpi == null || kpi.criterion() == null ? "" : name(kpi.criterion(), language),
				kpi == null ? "" : percent(kpi.target(), locale), owner(item, recommendation, locale),
				item.horizon() == null ? "" : label.apply("horizon." + item.horizon().label()),
				item.dueDate() == null ? "" : item.dueDate().toString(), label.apply("status." + item.status().name()),
				item.note() == null ? "" : item.note(), training, kpiResult, locations, why);
	}

	/** The owner role in words (the sector's name from the analysis when there is one), and the team when named. */
	private String owner(ActionPlan.Item item, Analysis.Recommendation recommendation, Locale locale) {
		String role = recommendation != null && recommendation.ownerRoleName() != null
				&& recommendation.ownerRole() != null && recommendation.ownerRole().equals(item.ownerRole())
						? recommendation.ownerRoleName()
						: item.ownerRole() == null ? "" : message("owner." + item.ownerRole(), locale);
		if (item.owner() == null || item.owner().isBlank() || item.owner().equals(item.ownerRole())
				|| item.owner().equals(role)) {
			return role;
		}
		return role.isEmpty() ? item.owner() : role + " (" + item.owner() + ")";
	}

	static String percent(Double value, Locale locale) {
		if (value == null || !Double.isFinite(value)) {
			return "—";
		}
		return String.format(locale, "%.0f %%", value * 100);
	}

	private String name(String code, Language language) {
		return criteria.find(code).map(c -> c.name(language)).orElse(code);
	}

	static String number(Double value, int decimals, Locale locale) {
		if (value == null || !Double.isFinite(value)) {
			return "—";
		}
		return String.format(locale, "%." + decimals + "f", value);
	}

}
