package eu.serviceaudit.advisor.rules.fact;

/** The survey measures of the summary. */
public enum SurveyMeasure {

	/** Net promoter score: % of 9–10 minus % of 0–6 on "would you recommend us". */
	NPS,
	/** Customer satisfaction: % of 4–5 on a 1–5 scale. */
	CSAT,
	/** Customer effort score: the mean effort on a 1–7 scale. */
	CES

}
