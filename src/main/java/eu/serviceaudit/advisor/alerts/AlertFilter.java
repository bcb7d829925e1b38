package eu.serviceaudit.advisor.alerts;

import eu.serviceaudit.advisor.analysis.AlertKind;

/** What the worklist is narrowed to; null fields do not narrow. {@code overdueOnly} is the page's shortcut. */
public record AlertFilter(String client, AlertStatus status, AlertKind kind, String location, boolean overdueOnly) {

	public static final AlertFilter ALL = new AlertFilter(null, null, null, null, false);

}
