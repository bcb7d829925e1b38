package eu.serviceaudit.advisor.plan;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.system.web.Paging;

@RestController
class ActionPlanController {

	private final ActionPlanService service;

	private final ActionPlans plans;

	private final Analyses analyses;

	ActionPlanController(ActionPlanService service, ActionPlans plans, Analyses analyses) {
		this.service = service;
		this.plans = plans;
		this.analyses = analyses;
	}

	@PostMapping("/api/action-plans")
	ResponseEntity<ActionPlan> create(@RequestBody PlanRequests.NewPlan request) {
		ActionPlan plan = service.create(request);
		return ResponseEntity.created(URI.create("/api/action-plans/" + plan.id())).body(plan);
	}

	@GetMapping("/api/action-plans/{id}")
	ActionPlan show(@PathVariable String id) {
		return service.get(id);
	}

	/** Newest first, one page at a time (CONTRACT.md section 11); {@code analysisId} keeps one analysis's plans. */
	@GetMapping("/api/action-plans")
	Paging.Slice<ActionPlan.Header> list(@RequestParam(required = false) String analysisId,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		Paging paging = Paging.of(limit, offset);
		if (analysisId != null) {
			analyses.get(analysisId);
		}
		return paging.of(plans.list(analysisId));
	}

	@PutMapping("/api/action-plans/{id}")
	ActionPlan replace(@PathVariable String id, @RequestBody PlanRequests.PlanUpdate update) {
		return service.replace(id, update);
	}

	@PatchMapping("/api/action-plans/{id}/items/{itemId}")
	ActionPlan updateProgress(@PathVariable String id, @PathVariable String itemId,
			@RequestBody Map<String, Object> body) {
		return service.updateProgress(id, itemId, body);
	}

}
