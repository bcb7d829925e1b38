/** The consultant's and manager's pages of analyses: list, the analysis with its charts, alerts. */
package eu.serviceaudit.advisor.analysis.web;
