package eu.serviceaudit.advisor.plan.comparison;

import java.time.Instant;
import java.util.List;

import eu.serviceaudit.advisor.plan.ItemStatus;

/** What changed between two analyses of one client, and whether the actions planned on the earlier one worked. */
public record WaveComparison(String client, AnalysisRef current, AnalysisRef previous, Change overallScore,
		List<CriterionChange> criteria, List<KpiCheck> planItems) {

	public record AnalysisRef(String id, String wave, Instant createdAt) {
	}

	/** A score then and now; delta and trend are null when either side is missing. */
	public record Change(Double previous, Double current, Double delta, Trend trend) {

		static final double UNCHANGED_BELOW = 0.05;

		static Change of(Double previous, Double current) {
			if (previous == null || current == null) {
				return new Change(previous, current, null, null);
			}
			double delta = Math.round((current - previous) * 10_000) / 10_000.0;
			Trend trend = Math.abs(delta) < UNCHANGED_BELOW ? Trend.UNCHANGED
					: delta > 0 ? Trend.IMPROVED : Trend.WORSE;
			return new Change(previous, current, delta, trend);
		}

	}

	public record CriterionChange(String criterion, Double previousScore, Double currentScore, Double delta,
			Trend trend) {
	}

	/** One item of a plan made on the previous analysis: its KPI then, now, against its target. */
	public record KpiCheck(String planId, String planTitle, String itemId, String title, ItemStatus status,
			String kpiName, String criterion, Double previousValue, Double currentValue, Double target, Boolean met,
			Trend trend) {
	}

	public enum Trend {

		IMPROVED, UNCHANGED, WORSE

	}

}
