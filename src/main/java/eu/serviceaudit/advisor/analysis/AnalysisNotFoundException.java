package eu.serviceaudit.advisor.analysis;

/** No analysis has the id asked for; answered with 404. */
public class AnalysisNotFoundException extends RuntimeException {

	public AnalysisNotFoundException(String id) {
		super("There is no analysis with the id '" + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "'");
	}

}
