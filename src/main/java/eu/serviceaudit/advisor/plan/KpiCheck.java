package eu.serviceaudit.advisor.plan;

/**
 * One plan item's KPI read in a later wave: {@code value} = 1 − failure rate of the KPI criterion in that wave,
 * null when the wave did not assess it. The fields after {@code verdict} are for pages and exports.
 */
public record KpiCheck(String planId, String itemId, String criterion, Double target, Double value,
		KpiVerdict verdict, String title, String kpiName, ItemStatus status) {

	static KpiCheck of(ActionPlan plan, ActionPlan.Item item, Double value) {
		ActionPlan.Kpi kpi = item.kpi();
		String criterion = kpi == null ? null : kpi.criterion();
		Double target = kpi == null ? null : kpi.target();
		KpiVerdict verdict = value == null || target == null ? KpiVerdict.NOT_MEASURED
				: value >= target - 1e-9 ? KpiVerdict.MET : KpiVerdict.NOT_MET;
		return new KpiCheck(plan.id(), item.id(), criterion, target, value, verdict, item.title(),
				kpi == null ? null : kpi.name(), item.status());
	}

}
