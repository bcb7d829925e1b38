package eu.serviceaudit.advisor.plan.comparison;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Analyses")
@RestController
class ComparisonController {

	private final WaveComparisons comparisons;

	ComparisonController(WaveComparisons comparisons) {
		this.comparisons = comparisons;
	}

	@Operation(summary = "Compare with an earlier wave",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Criterion scores against the previous analysis of the same "
					+ "client (or the one named by previous=), and whether the KPIs of its action plans were met.")
	@GetMapping("/api/analyses/{id}/comparison")
	WaveComparison compare(@PathVariable String id, @RequestParam(required = false) String previous) {
		return comparisons.compare(id, previous);
	}

}
