package eu.serviceaudit.advisor.report;

/** A draft is the consultant's; a published report is what the client's managers read. */
public enum ReportStatus {

	DRAFT, PUBLISHED

}
