/**
 * The report as a document a client's management reads: one model in the audit's language, one Thymeleaf template
 * for the page and the PDF, the same model written to DOCX, and charts drawn once as SVG.
 */
package eu.serviceaudit.advisor.report.document;
