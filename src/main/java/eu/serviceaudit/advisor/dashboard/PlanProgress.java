package eu.serviceaudit.advisor.dashboard;

import java.util.List;

import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.plan.ItemStatus;
import eu.serviceaudit.advisor.plan.KpiChecks;
import eu.serviceaudit.advisor.plan.KpiVerdict;

/** One plan of a client: how far its items are, and its KPI verdicts once the next wave has arrived. */
public record PlanProgress(ActionPlan plan, long done, long inProgress, long open, KpiChecks.PlanResult result) {

	static PlanProgress of(ActionPlan plan, KpiChecks.PlanResult result) {
		List<ActionPlan.Item> items = plan.items();
		return new PlanProgress(plan, count(items, ItemStatus.DONE), count(items, ItemStatus.IN_PROGRESS),
				count(items, ItemStatus.OPEN), result);
	}

	public int items() {
		return plan.items().size();
	}

	/** Done as a share of the items that were not dropped, in %. */
	public int percentDone() {
		long counted = plan.items().stream().filter(i -> i.status() != ItemStatus.DROPPED).count();
		return counted == 0 ? 0 : (int) Math.round(100.0 * done / counted);
	}

	public long met() {
		return verdicts(KpiVerdict.MET);
	}

	public long notMet() {
		return verdicts(KpiVerdict.NOT_MET);
	}

	public long notMeasured() {
		return verdicts(KpiVerdict.NOT_MEASURED);
	}

	public long verdicts(KpiVerdict verdict) {
		return result == null ? 0 : result.count(verdict);
	}

	private static long count(List<ActionPlan.Item> items, ItemStatus status) {
		return items.stream().filter(i -> i.status() == status).count();
	}

}
