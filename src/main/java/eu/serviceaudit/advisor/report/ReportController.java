package eu.serviceaudit.advisor.report;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.report.document.ReportExports;
import eu.serviceaudit.advisor.system.web.BadRequestException;

/** The report API of CONTRACT.md section 11; who may write is settled by the security configuration. */
@Tag(name = "Reports")
@RestController
class ReportController {

	private final ReportService reports;

	private final ReportExports exports;

	ReportController(ReportService reports, ReportExports exports) {
		this.reports = reports;
		this.exports = exports;
	}

	/** The published report as PDF or DOCX in the audit's language; a draft only for those who may edit it. */
	@Operation(summary = "Export the report",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. The published report as format=pdf (default) or docx in the "
					+ "audit's language; a draft exports only for ADMIN and CONSULTANT.")
	@GetMapping("/api/analyses/{id}/report/export")
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

	@Operation(summary = "Read the report",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Status, version, summary, headline and the recommendations "
					+ "as edited; a MANAGER reading a draft gets 404.")
	@GetMapping("/api/analyses/{id}/report")
	Report show(@PathVariable String id, Authentication user) {
		return reports.get(id, ReportReaders.seesDrafts(user));
	}

	@Operation(summary = "Edit the report draft",
			description = "Roles: ADMIN, CONSULTANT. Summary, headline and recommendation texts, quoting the version it "
					+ "was based on; 409 when it changed meanwhile.")
	@PutMapping("/api/analyses/{id}/report")
	Report edit(@PathVariable String id, @RequestBody ReportEdit edit, Authentication user) {
		return reports.edit(id, edit, user.getName());
	}

	/** The body is optional; with {@code {"version": n}} a stale version is refused. */
	@Operation(summary = "Publish the report",
			description = "Roles: ADMIN, CONSULTANT. The draft becomes the published report; with {\"version\": n} a stale"
					+ " version is refused (409).")
	@PostMapping("/api/analyses/{id}/report/publish")
	Report publish(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
			Authentication user) {
		return reports.publish(id, ReportReaders.version(body), user.getName());
	}

	/** The action plan of the published report's headline, in one step. */
	@Operation(summary = "Plan the report's headline",
			description = "Roles: ADMIN, CONSULTANT. An action plan of the published report's headline recommendations in "
					+ "one step (title optional); answers 201.")
	@PostMapping("/api/analyses/{id}/report/plan")
	ResponseEntity<ActionPlan> plan(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
			Authentication user) {
		Object title = body == null ? null : body.get("title");
		ActionPlan plan = reports.createPlan(id, title instanceof String text ? text : null, user.getName());
		return ResponseEntity.created(URI.create("/api/action-plans/" + plan.id())).body(plan);
	}

	@Operation(summary = "Report history",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Who changed or published the report and when, newest first "
					+ "(limit, at most 500).")
	@GetMapping("/api/analyses/{id}/report/history")
	Map<String, Object> history(@PathVariable String id, @RequestParam(defaultValue = "50") int limit,
			Authentication user) {
		reports.get(id, ReportReaders.seesDrafts(user));
		List<ReportService.HistoryEntry> items = reports.history(id, Math.max(1, Math.min(limit, 500)));
		return Map.of("total", items.size(), "items", items);
	}

}
