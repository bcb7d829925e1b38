/**
 * Scenario files ({@code rules/scenarios/*.yaml}): a small audit a consultant writes with the recommendations, alerts
 * and strengths they expect; read, run on a rule base and compared, naming the file and line of every mismatch.
 */
package eu.serviceaudit.advisor.rules.scenario;
