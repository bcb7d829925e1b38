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

import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.report.document.ReportExports;
import eu.serviceaudit.advisor.system.web.BadRequestException;

/** The report API of CONTRACT.md section 11; who may write is settled by the security configuration. */
@RestController
class ReportController {

	private final ReportService reports;

	private final ReportExports exports;

	ReportController(ReportService reports, ReportExports exports) {
		this.reports = reports;
		this.exports = exports;
	}

	/** The published report as PDF or DOCX in the audit's language; a draft only for those who may edit it. */
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

	@GetMapping("/api/analyses/{id}/report")
	Report show(@PathVariable String id, Authentication user) {
		return reports.get(id, ReportReaders.seesDrafts(user));
	}

	@PutMapping("/api/analyses/{id}/report")
	Report edit(@PathVariable String id, @RequestBody ReportEdit edit, Authentication user) {
		return reports.edit(id, edit, user.getName());
	}

	/** The body is optional; with {@code {"version": n}} a stale version is refused. */
	@PostMapping("/api/analyses/{id}/report/publish")
	Report publish(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
			Authentication user) {
		return reports.publish(id, ReportReaders.version(body), user.getName());
	}

	/** The action plan of the published report's headline, in one step. */
	@PostMapping("/api/analyses/{id}/report/plan")
	ResponseEntity<ActionPlan> plan(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
			Authentication user) {
		Object title = body == null ? null : body.get("title");
		ActionPlan plan = reports.createPlan(id, title instanceof String text ? text : null, user.getName());
		return ResponseEntity.created(URI.create("/api/action-plans/" + plan.id())).body(plan);
	}

	@GetMapping("/api/analyses/{id}/report/history")
	Map<String, Object> history(@PathVariable String id, @RequestParam(defaultValue = "50") int limit,
			Authentication user) {
		reports.get(id, ReportReaders.seesDrafts(user));
		List<ReportService.HistoryEntry> items = reports.history(id, Math.max(1, Math.min(limit, 500)));
		return Map.of("total", items.size(), "items", items);
	}

}
