package eu.serviceaudit.advisor.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.system.web.FieldMessages;
import eu.serviceaudit.advisor.criteria.CriterionNames;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.plan.export.PlanExports;
import eu.serviceaudit.advisor.system.web.ConflictException;
import eu.serviceaudit.advisor.system.web.NotFoundException;
import eu.serviceaudit.advisor.system.web.Page;

/**
 * The plan pages: consultants create a plan from picked recommendations and edit it; managers follow it and change
 * each item's status and note. Every write quotes the version read; a conflict keeps what the user typed.
 */
@Controller
@Page
class PlanPagesController {

	static final String SHOW_VIEW = "plans/show";

	private final ActionPlanService plans;

	private final ActionPlans store;

	private final Analyses analyses;

	private final CriterionNames names;

	private final PlanExports exports;

	private final KpiChecks kpis;

	private final MessageSource messages;

	PlanPagesController(ActionPlanService plans, ActionPlans store, Analyses analyses, CriterionNames names,
			PlanExports exports, KpiChecks kpis, MessageSource messages) {
		this.kpis = kpis;
		this.messages = messages;
		this.plans = plans;
		this.store = store;
		this.analyses = analyses;
		this.names = names;
		this.exports = exports;
	}

	@PostMapping("/analyses/{analysisId}/plans")
	String create(@PathVariable String analysisId, @RequestParam(required = false) List<String> recommendationIds,
			@RequestParam(required = false) String title, RedirectAttributes redirect) {
		analyses.get(analysisId);
		if (recommendationIds == null || recommendationIds.isEmpty()) {
			redirect.addFlashAttribute("planProblem", "analysis.plan.noneChosen");
			return "redirect:/analyses/" + analysisId + "#recommendations";
		}
		try {
			ActionPlan plan = plans.create(new PlanRequests.NewPlan(analysisId, recommendationIds, title));
			return "redirect:/plans/" + plan.id();
		}
		catch (InvalidRequestException invalid) {
			redirect.addFlashAttribute("planErrors", invalid.errors());
			return "redirect:/analyses/" + analysisId + "#recommendations";
		}
	}

	@GetMapping("/plans/{id}")
	String show(@PathVariable String id, Model model, Locale locale) {
		ActionPlan plan = plans.get(id);
		return render(plan, PlanForm.of(plan), model, locale);
	}

	@PostMapping("/plans/{id}")
	String save(@PathVariable String id, @ModelAttribute("form") PlanForm form, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		ActionPlan current = plans.get(id);
		form.applyMove();
		List<Integer> sent = new ArrayList<>();
		try {
			plans.replace(id, update(form, current, sent));
			redirect.addFlashAttribute("saved", "plan.saved");
			return "redirect:/plans/" + id;
		}
		catch (ConflictException conflict) {
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return render(current, form, model, locale);
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("fieldErrors", FieldMessages.byField(invalid.errors(), pointer -> field(pointer, sent),
					messages, locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(current, form, model, locale);
		}
	}

	/** The form field of an error pointer of the PUT body; {@code sent} maps body item positions to form rows. */
	static String field(String pointer, List<Integer> sent) {
		if ("/title".equals(pointer)) {
			return "title";
		}
		java.util.regex.Matcher item = ITEM_POINTER.matcher(pointer == null ? "" : pointer);
		if (item.matches()) {
			int at = Integer.parseInt(item.group(1));
			if (at < sent.size() && sent.get(at) != null) {
				String rest = item.group(2);
				String name = switch (rest) {
					case "/title", "/owner", "/dueDate", "/status", "/note" -> rest.substring(1);
					case "/kpi/target" -> "kpiTarget";
					default -> null;
				};
				return name == null ? null : "items" + sent.get(at) + "." + name;
			}
			return "restore";
		}
		return null;
	}

	private static final java.util.regex.Pattern ITEM_POINTER = java.util.regex.Pattern.compile("/items/(\\d+)(/.*)?");

	@PostMapping("/plans/{id}/items/{itemId}/progress")
	String progress(@PathVariable String id, @PathVariable String itemId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		Map<String, Object> body = new HashMap<>();
		body.put("status", status);
		body.put("note", note == null || note.isBlank() ? null : note);
		body.put("version", version);
		try {
			plans.updateProgress(id, itemId, body);
			redirect.addFlashAttribute("saved", "plan.progress.saved");
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("progressConflict", itemId);
			redirect.addFlashAttribute("typedStatus", status);
			redirect.addFlashAttribute("typedNote", note);
		}
		catch (InvalidRequestException invalid) {
			redirect.addFlashAttribute("errors", invalid.errors());
		}
		return "redirect:/plans/" + id + "#item-" + itemId;
	}

	@GetMapping("/plans/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "pdf") String format) {
		plans.get(id);
		PlanExports.Export export = exports.render(id, format)
			.orElseThrow(() -> new NotFoundException("No export format " + format));
		return ResponseEntity.ok()
			.contentType(export.type())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(export.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(export.body());
	}

	private String render(ActionPlan plan, PlanForm form, Model model, Locale locale) {
		Map<String, ActionPlan.Item> items = new LinkedHashMap<>();
		plan.items().forEach(item -> items.put(item.id(), item));
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("items", items);
		Analysis analysis = analyses.find(plan.analysisId()).orElse(null);
		model.addAttribute("analysis", analysis);
		java.util.Set<String> inPlan = new java.util.HashSet<>();
		plan.items().forEach(item -> inPlan.add(item.recommendationId()));
		Map<String, String> roleNames = new HashMap<>();
		if (analysis != null) {
			analysis.recommendations().stream().filter(r -> r.ownerRole() != null && r.ownerRoleName() != null)
				.forEach(r -> roleNames.putIfAbsent(r.ownerRole(), r.ownerRoleName()));
		}
		model.addAttribute("roleNames", roleNames);
		Map<String, Analysis.Recommendation> recommendations = new HashMap<>();
		if (analysis != null) {
			analysis.recommendations().forEach(r -> recommendations.put(r.id(), r));
		}
		model.addAttribute("recommendationOf", recommendations);
		model.addAttribute("restorable", analysis == null ? List.of()
				: analysis.recommendations().stream().filter(r -> !inPlan.contains(r.id())).toList());
		model.addAttribute("names", names.in(locale));
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("kpiResult", kpis.of(plan).orElse(null));
		return SHOW_VIEW;
	}

	/** The PUT body from the form, keeping what the form does not edit (owner role, horizon, KPI name). */
	private static PlanRequests.PlanUpdate update(PlanForm form, ActionPlan current, List<Integer> sent) {
		Map<String, ActionPlan.Item> existing = new HashMap<>();
		current.items().forEach(item -> existing.put(item.id(), item));
		List<PlanRequests.ItemUpdate> items = new ArrayList<>();
		for (int row = 0; row < form.getItems().size(); row++) {
			PlanForm.ItemForm f = form.getItems().get(row);
			if (f == null || f.isRemove()) {
				continue;
			}
			sent.add(row);
			ActionPlan.Item base = existing.get(f.getId());
			PlanRequests.KpiInput kpi = null;
			if (base != null && base.kpi() != null || !blank(f.getKpiTarget())) {
				kpi = new PlanRequests.KpiInput(base == null || base.kpi() == null ? null : base.kpi().name(),
						base == null || base.kpi() == null ? null : base.kpi().criterion(), target(f.getKpiTarget()));
			}
			items.add(new PlanRequests.ItemUpdate(f.getId(), null, f.getTitle(),
					base == null ? null : base.ownerRole(), blankToNull(f.getOwner()),
					base == null || base.horizon() == null ? null : base.horizon().label(), blankToNull(f.getDueDate()),
					blankToNull(f.getStatus()), blankToNull(f.getNote()), kpi));
		}
		if (!blank(form.getRestore())) {
			sent.add(null);
			items.add(new PlanRequests.ItemUpdate(null, form.getRestore().strip(), null, null, null, null, null, null,
					null, null));
		}
		return new PlanRequests.PlanUpdate(form.getTitle(), form.getVersion(), items);
	}

	/**
	 * A KPI target as typed, in percent like everywhere else on the pages, as the normalised score the plan stores;
	 * an unreadable one becomes NaN, which the service refuses with its pointer.
	 */
	private static Double target(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Double.valueOf(text.strip().replace(',', '.').replace("%", "").strip()) / 100;
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text.strip();
	}

}
