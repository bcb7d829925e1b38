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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.system.web.Paging;

@Tag(name = "Action plans")
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

	@Operation(summary = "Create an action plan",
			description = "Roles: ADMIN, CONSULTANT. From chosen recommendations of an analysis (all when none are named);"
					+ " answers 201.")
	@PostMapping("/api/action-plans")
	ResponseEntity<ActionPlan> create(@RequestBody PlanRequests.NewPlan request) {
		ActionPlan plan = service.create(request);
		return ResponseEntity.created(URI.create("/api/action-plans/" + plan.id())).body(plan);
	}

	@Operation(summary = "Read an action plan",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. The plan with its items.")
	@GetMapping("/api/action-plans/{id}")
	ActionPlan show(@PathVariable String id) {
		return service.get(id);
	}

	@Operation(summary = "List action plans",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Newest first; analysisId= keeps the plans of one analysis.")
	@GetMapping("/api/action-plans")
	Paging.Listing<ActionPlan.Header> list(@RequestParam(required = false) String analysisId,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		Paging paging = Paging.of(limit, offset);
		if (analysisId != null) {
			analyses.get(analysisId);
		}
		return paging.of(plans.list(analysisId));
	}

	@Operation(summary = "Replace an action plan",
			description = "Roles: ADMIN, CONSULTANT. Title and items (edit, add, drop, reorder), quoting the plan's "
					+ "version; 409 when it changed meanwhile.")
	@PutMapping("/api/action-plans/{id}")
	ActionPlan replace(@PathVariable String id, @RequestBody PlanRequests.PlanUpdate update) {
		return service.replace(id, update);
	}

	@Operation(summary = "Report progress on a plan item",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Status and note of one item, quoting the plan's version.")
	@PatchMapping("/api/action-plans/{id}/items/{itemId}")
	ActionPlan updateProgress(@PathVariable String id, @PathVariable String itemId,
			@RequestBody Map<String, Object> body) {
		return service.updateProgress(id, itemId, body);
	}

}
