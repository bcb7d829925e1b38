/**
 * Alerts as work: every alert of a stored analysis becomes a follow-up with an owner, a status, a due date, a
 * closure note and a history of who changed what; the worklist API and page.
 */
package eu.serviceaudit.advisor.alerts;
