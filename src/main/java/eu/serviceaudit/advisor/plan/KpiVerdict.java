package eu.serviceaudit.advisor.plan;

/** Whether an action's KPI was reached in the next wave (CONTRACT.md section 11). */
public enum KpiVerdict {

	/** value ≥ target */
	MET,
	/** value below target */
	NOT_MET,
	/** the wave did not assess the KPI's criterion (or the item has no KPI) */
	NOT_MEASURED

}
