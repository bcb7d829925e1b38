package eu.serviceaudit.advisor.report;

import org.springframework.stereotype.Component;

/**
 * For other pages (the analysis page, as {@code @reportLinks}): whether an analysis has a published report, so that a
 * manager is offered the link only when there is something to read.
 */
@Component("reportLinks")
public class ReportLinks {

	private final Reports reports;

	ReportLinks(Reports reports) {
		this.reports = reports;
	}

	public boolean published(String analysisId) {
		return reports.find(analysisId).map(state -> state.status() == ReportStatus.PUBLISHED).orElse(false);
	}

}
