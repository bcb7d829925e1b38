package eu.serviceaudit.advisor.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.report.Report;
import eu.serviceaudit.advisor.report.ReportEdit;
import eu.serviceaudit.advisor.report.ReportReaders;
import eu.serviceaudit.advisor.report.ReportService;
import eu.serviceaudit.advisor.report.document.ReportDocuments;
import eu.serviceaudit.advisor.report.document.ReportExports;
import eu.serviceaudit.advisor.system.web.BadRequestException;
import eu.serviceaudit.advisor.system.web.ConflictException;
import eu.serviceaudit.advisor.system.web.Page;

/**
 * The report of an analysis as a page: consultants edit the draft beside the document it makes and publish it;
 * managers read the published document (a draft is a 404 for them, as in the API).
 */
@Controller
@Page
class ReportPagesController {

	static final String VIEW = "reports/page";

	/** How many changes the page lists. */
	static final int HISTORY = 20;

	private final ReportService reports;

	private final ReportDocuments documents;

	private final ReportExports exports;

	private final Analyses analyses;

	ReportPagesController(ReportService reports, ReportDocuments documents, ReportExports exports, Analyses analyses) {
		this.reports = reports;
		this.documents = documents;
		this.exports = exports;
		this.analyses = analyses;
	}

	@GetMapping("/analyses/{id}/report")
	String show(@PathVariable String id, Authentication user, Model model) {
		boolean edits = ReportReaders.seesDrafts(user);
		Report report = reports.get(id, edits);
		model.addAttribute("report", report);
		model.addAttribute("doc", documents.of(id, edits));
		model.addAttribute("canEdit", edits);
		if (edits) {
			Analysis analysis = analyses.get(id);
			model.addAttribute("analysis", analysis);
			model.addAttribute("rationales", rationales(analysis));
			model.addAttribute("locations", analyses.findAudit(id).map(Audit::locations).orElse(List.of()));
			model.addAttribute("notes", notes(report));
			model.addAttribute("history", reports.history(id, HISTORY));
		}
		return VIEW;
	}

	@PostMapping("/analyses/{id}/report")
	String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Authentication user,
			Model model, RedirectAttributes redirect) {
		try {
			reports.edit(id, edit(id, form), user.getName());
			redirect.addFlashAttribute("message", "report.page.saved");
		}
		catch (ConflictException stale) {
			redirect.addFlashAttribute("problem", "report.page.conflict");
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("errors", invalid.errors());
			// the page shows what was typed, not the stored report, so that nothing typed is lost
			model.addAttribute("typed", new Typed(form));
			return show(id, user, model);
		}
		return "redirect:/analyses/" + id + "/report";
	}

	/** A refused form as it was sent: each field's value, or the stored one where the form had none. */
	public record Typed(MultiValueMap<String, String> form) {

		public String text(String field, String stored) {
			return form.containsKey(field) ? form.getFirst(field) : stored;
		}

		public boolean checked(String field, String value, boolean stored) {
			return form.containsKey("version") ? form.getOrDefault(field, List.of()).contains(value) : stored;
		}

	}

	@PostMapping("/analyses/{id}/report/publish")
	String publish(@PathVariable String id, @RequestParam(required = false) Integer version, Authentication user,
			Model model, RedirectAttributes redirect) {
		try {
			reports.publish(id, version, user.getName());
			redirect.addFlashAttribute("message", "report.page.published");
		}
		catch (ConflictException stale) {
			redirect.addFlashAttribute("problem", "report.page.conflict");
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("errors", invalid.errors());
			return show(id, user, model);
		}
		return "redirect:/analyses/" + id + "/report";
	}

	@PostMapping("/analyses/{id}/report/plan")
	String plan(@PathVariable String id, Authentication user, Model model) {
		try {
			ActionPlan plan = reports.createPlan(id, null, user.getName());
			return "redirect:/plans/" + plan.id();
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("errors", invalid.errors());
			return show(id, user, model);
		}
	}

	@GetMapping("/analyses/{id}/report/export")
	ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "pdf") String format,
			Authentication user) {
		ReportExports.Export export = exports.render(id, format, ReportReaders.seesDrafts(user))
			.orElseThrow(() -> new BadRequestException("format must be pdf or docx"));
		return ResponseEntity.ok()
			.contentType(export.type())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.body(export.body());
	}

	/** The form as an edit of every recommendation shown and every location note; the headline in rank order. */
	private ReportEdit edit(String id, MultiValueMap<String, String> form) {
		Report current = reports.get(id, true);
		List<ReportEdit.RecommendationEdit> recommendations = new ArrayList<>();
		for (Report.Item item : current.recommendations()) {
			String rid = item.id();
			if (!form.containsKey("title-" + rid)) {
				continue;
			}
			String merge = form.getFirst("merge-" + rid);
			recommendations.add(new ReportEdit.RecommendationEdit(rid, form.getFirst("title-" + rid),
					form.getFirst("text-" + rid), "true".equals(form.getFirst("hidden-" + rid)),
					form.getFirst("reason-" + rid), merge == null || merge.isBlank() ? null : merge));
		}
		List<ReportEdit.NoteEdit> notes = new ArrayList<>();
		analyses.findAudit(id).ifPresent(audit -> audit.locations().forEach(l -> {
			if (form.containsKey("note-" + l.id())) {
				notes.add(new ReportEdit.NoteEdit(l.id(), form.getFirst("note-" + l.id())));
			}
		}));
		List<String> picked = form.getOrDefault("headline", List.of());
		List<String> headline = current.recommendations().stream().map(Report.Item::id).filter(picked::contains).toList();
		return new ReportEdit(version(form.getFirst("version")), form.getFirst("summary"), headline, recommendations,
				notes);
	}

	private static Integer version(String text) {
		try {
			return text == null ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Map<String, String> rationales(Analysis analysis) {
		Map<String, String> texts = new java.util.HashMap<>();
		analysis.recommendations().forEach(r -> {
			if (r.rationale() != null && r.rationale().text() != null) {
				texts.put(r.id(), r.rationale().text());
			}
		});
		return texts;
	}

	private static Map<String, String> notes(Report report) {
		Map<String, String> notes = new java.util.HashMap<>();
		report.locationNotes().forEach(n -> notes.put(n.locationId(), n.note()));
		return notes;
	}

}
