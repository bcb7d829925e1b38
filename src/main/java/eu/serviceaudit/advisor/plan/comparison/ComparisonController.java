package eu.serviceaudit.advisor.plan.comparison;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ComparisonController {

	private final WaveComparisons comparisons;

	ComparisonController(WaveComparisons comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/api/analyses/{id}/comparison")
	WaveComparison compare(@PathVariable String id, @RequestParam(required = false) String previous) {
		return comparisons.compare(id, previous);
	}

}
