package eu.serviceaudit.advisor.analysis;

/** How widely a criterion failed across observations: one bad visit is a snapshot, not a verdict. */
public enum Pattern {

	SYSTEMIC, RECURRING, ISOLATED, NONE

}
