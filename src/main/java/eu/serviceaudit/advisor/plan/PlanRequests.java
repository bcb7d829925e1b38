package eu.serviceaudit.advisor.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The bodies of plan writes. Values are strings or wrappers so that a wrong one becomes a 422 naming its pointer;
 * unknown fields (the read-only parts a client got from GET and sends back) are ignored.
 */
final class PlanRequests {

	private PlanRequests() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record NewPlan(String analysisId, List<String> recommendationIds, String title) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PlanUpdate(String title, Integer version, List<ItemUpdate> items) {
	}

	/** An item of a PUT: with {@code id} it edits that item, without it adds {@code recommendationId} as an item. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ItemUpdate(String id, String recommendationId, String title, String ownerRole, String owner, String horizon,
			String dueDate, String status, String note, KpiInput kpi) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record KpiInput(String name, String criterion, Double target) {
	}

}
