package eu.serviceaudit.advisor.analysis;

/**
 * What an alert asks for: win back a real customer (RECOVERY, due two days after the observation) or talk with the
 * team after a staged or observed visit (COACHING, due seven days after it).
 */
public enum AlertKind {

	RECOVERY, COACHING

}
