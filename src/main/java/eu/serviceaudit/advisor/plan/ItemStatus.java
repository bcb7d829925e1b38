package eu.serviceaudit.advisor.plan;

/** Where an action item stands. */
public enum ItemStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED

}
