package eu.serviceaudit.advisor.analysis;

/**
 * How widely a criterion failed across observations: one bad visit is a snapshot, not a verdict. BELOW_STANDARD is
 * mediocre everywhere without a failure; CUSTOMER_VOICE is what customers' comments name although the findings do
 * not show it (CONTRACT.md section 10).
 */
public enum Pattern {

	SYSTEMIC, RECURRING, BELOW_STANDARD, ISOLATED, CUSTOMER_VOICE, NONE

}
