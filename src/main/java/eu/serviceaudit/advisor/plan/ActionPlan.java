package eu.serviceaudit.advisor.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.serviceaudit.advisor.analysis.Analysis.TrainingAction;
import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.RecommendationKind;

/**
 * An action plan as served: the chosen recommendations of one analysis as items people carry out. {@code version}
 * is the optimistic lock every write must quote.
 */
public record ActionPlan(String id, String analysisId, String title, String client, String wave, String language,
		int version, Instant createdAt, Instant updatedAt, List<Item> items) {

	/**
	 * One action. Copied from a recommendation (title, kind, addresses, KPI, owner role, horizon, training actions),
	 * then edited. {@code owner} names a role or a team, never an employee.
	 */
	public record Item(String id, int rank, String recommendationId, String title, RecommendationKind kind,
			List<String> addresses, Kpi kpi, String ownerRole, String owner, Horizon horizon, LocalDate dueDate,
			ItemStatus status, String note, List<TrainingAction> trainingActions) {
	}

	/** What is measured next wave to tell whether the action worked; the target is a normalised score in [0, 1]. */
	public record Kpi(String name, String criterion, Double target) {
	}

	/**
	 * A plan without its items, for lists: how many items, how many are done or dropped, and {@code progress}, the
	 * percent done of the items not dropped (null when none is left).
	 */
	public record Header(String id, String analysisId, String title, String client, String wave, int version,
			int items, int done, int dropped, Instant createdAt, Instant updatedAt) {

		public Integer progress() {
			int counted = items - dropped;
			return counted <= 0 ? null : (int) Math.round(100.0 * done / counted);
		}

	}

}
