package eu.serviceaudit.advisor.audit;

import java.util.List;

/**
 * An audit as posted to {@code POST /api/analyses} (CONTRACT.md section 4), before validation. Every field is a
 * wrapper or a string so that a missing or malformed value becomes a 422 naming its JSON pointer instead of a parse
 * failure.
 */
public record AuditRequest(String client, String wave, String language, String sector,
		List<LocationInput> locations, List<ObservationInput> observations) {

	public AuditRequest(String client, String wave, String language, List<LocationInput> locations,
			List<ObservationInput> observations) {
		this(client, wave, language, null, locations, observations);
	}

	public record LocationInput(String id, String name) {
	}

	public record ObservationInput(String id, String method, String locationId, String channel, String date,
			List<FindingInput> findings, List<ResponseInput> responses) {
	}

	public record FindingInput(String criterion, Double score, Double min, Double max, String comment) {
	}

	public record ResponseInput(Double recommend, Double satisfaction, Double effort, String comment) {
	}

}
