package eu.serviceaudit.advisor.audit;

import java.time.LocalDate;
import java.util.List;

/** One visit, call, interview or survey of an audit, with what it found. */
public record Observation(String id, Method method, String locationId, Channel channel, LocalDate date,
		List<Finding> findings, List<SurveyResponse> responses) {

	public Observation {
		findings = List.copyOf(findings);
		responses = List.copyOf(responses);
	}

}
