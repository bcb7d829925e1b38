package eu.serviceaudit.advisor.analysis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Once at start, the list figures (overall score, alert count) of analyses stored before they had columns (V85):
 * H2 cannot read JSON in SQL, so the migration cannot. Until a row is filled the list reads its document instead, so
 * a request that comes before this ends still shows the right figures; a second instance doing the same at the same
 * time writes the same values.
 */
@Component
class ListedFigures implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ListedFigures.class);

	private final Analyses analyses;

	ListedFigures(Analyses analyses) {
		this.analyses = analyses;
	}

	@Override
	public void run(ApplicationArguments args) {
		int filled = analyses.fillListedFigures();
		if (filled > 0) {
			log.info("List figures (overall score, alerts) written for {} analyses stored before them", filled);
		}
	}

}
