/**
 * The audit as posted and its validation into observations, findings and survey responses, the facts of the analysis.
 */
package eu.serviceaudit.advisor.audit;
