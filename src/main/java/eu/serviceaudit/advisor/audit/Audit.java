package eu.serviceaudit.advisor.audit;

import eu.serviceaudit.advisor.system.Language;
import java.util.List;
import java.util.stream.Stream;

/** A validated audit: every code is known, every score is in range, every reference resolves. */
public record Audit(String client, String wave, Language language, Sector sector, List<Location> locations,
		List<Observation> observations) {

	public Audit {
		sector = sector == null ? Sector.DEFAULT : sector;
		locations = List.copyOf(locations);
		observations = List.copyOf(observations);
	}

	public Audit(String client, String wave, Language language, List<Location> locations,
			List<Observation> observations) {
		this(client, wave, language, Sector.DEFAULT, locations, observations);
	}

	public record Location(String id, String name) {
	}

	public Stream<Finding> findings() {
		return observations.stream().flatMap(o -> o.findings().stream());
	}

	public Stream<SurveyResponse> responses() {
		return observations.stream().flatMap(o -> o.responses().stream());
	}

}
