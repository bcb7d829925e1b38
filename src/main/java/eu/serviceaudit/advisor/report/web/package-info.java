/** The report pages: the consultant's draft editor and the document as managers read it once published. */
package eu.serviceaudit.advisor.report.web;
