/**
 * The consultant's report on an analysis: a draft the consultant edits (headline picks, rewordings, merges, hidden
 * recommendations, executive summary, notes per location) and publishes; managers read published reports only.
 */
package eu.serviceaudit.advisor.report;
