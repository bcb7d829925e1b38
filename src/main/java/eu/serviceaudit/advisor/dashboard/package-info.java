/** A manager's dashboard: their clients' alerts, plan progress, KPI results, trend, key drivers and league table. */
package eu.serviceaudit.advisor.dashboard;
