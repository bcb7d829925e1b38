package eu.serviceaudit.advisor.analysis;

/** How urgently an alert needs recovery. */
public enum Severity {

	HIGH, MEDIUM

}
