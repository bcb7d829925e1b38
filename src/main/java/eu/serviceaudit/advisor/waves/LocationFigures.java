package eu.serviceaudit.advisor.waves;

/** One location in one wave: its visits, its findings taken together and its customers' satisfaction (4–5 of 5). */
public record LocationFigures(String locationId, String name, int observations, Figures findings, int satisfactionAnswers,
		int satisfied) {

	/** % of satisfaction answers in 4–5; null without answers. */
	public Double csat() {
		return satisfactionAnswers == 0 ? null : 100.0 * satisfied / satisfactionAnswers;
	}

}
