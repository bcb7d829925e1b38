package eu.serviceaudit.advisor.report;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.report.document.ReportExports;
import eu.serviceaudit.advisor.system.web.BadRequestException;
import eu.serviceaudit.advisor.system.web.Paging;

/** The report API of CONTRACT.md section 11; who may write is settled by the security configuration. */
@RestController
@Tag(name = "Reports")
class ReportController {

	private final ReportService reports;

	private final ReportExports exports;

	ReportController(ReportService reports, ReportExports exports) {
		this.reports = reports;
		this.exports = exports;
	}

	/** The published report as PDF or DOCX in the audit's language; a draft only for those who may edit it. */
	@Operation(summary = "The report as PDF or DOCX", description = "Roles: ADMIN, CONSULTANT, MANAGER. "
			+ "A manager gets only a published report (a draft is 404). In the audit's language; format=pdf (default) or docx.")
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

	@Operation(summary = "The report of an analysis", description = "Roles: ADMIN, CONSULTANT, MANAGER. "
			+ "A manager reads only a published report (a draft is 404).")
	@GetMapping("/api/analyses/{id}/report")
	Report show(@PathVariable String id, Authentication user) {
		return reports.get(id, ReportReaders.seesDrafts(user));
	}

	@Operation(summary = "Edit the report", description = "Roles: ADMIN, CONSULTANT. Summary, headline (3 to 5), "
			+ "rewordings, hidden with a reason, merges, notes per location, quoting the version; 409 when stale.")
	@PutMapping("/api/analyses/{id}/report")
	Report edit(@PathVariable String id, @RequestBody ReportEdit edit, Authentication user) {
		return reports.edit(id, edit, user.getName());
	}

	/** The body is optional; with {@code {"version": n}} a stale version is refused. */
	@Operation(summary = "Publish the report", description = "Roles: ADMIN, CONSULTANT. Managers can read it from then on.")
	@PostMapping("/api/analyses/{id}/report/publish")
	Report publish(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
			Authentication user) {
		return reports.publish(id, ReportReaders.version(body), user.getName());
	}

	/** The action plan of the published report's headline, in one step. */
	@Operation(summary = "Make the action plan from the published headline",
			description = "Roles: ADMIN, CONSULTANT. One item per headline recommendation, in the report's order and wording.")
	@PostMapping("/api/analyses/{id}/report/plan")
	ResponseEntity<ActionPlan> plan(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
			Authentication user) {
		Object title = body == null ? null : body.get("title");
		ActionPlan plan = reports.createPlan(id, title instanceof String text ? text : null, user.getName());
		return ResponseEntity.created(URI.create("/api/action-plans/" + plan.id())).body(plan);
	}

	@Operation(summary = "The changes of a report",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. "
					+ "A manager only of a published report. Newest first, each with who and when.")
	@GetMapping("/api/analyses/{id}/report/history")
	Paging.Listing<ReportService.HistoryEntry> history(@PathVariable String id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset,
			Authentication user) {
		Paging paging = Paging.of(limit, offset);
		reports.get(id, ReportReaders.seesDrafts(user));
		return paging.of(reports.history(id));
	}

}
