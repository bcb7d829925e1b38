package eu.serviceaudit.advisor.analysis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.stream.Collectors;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;

/**
 * Scores by location, computed from the stored audit the same way the analysis scores criteria: the mean normalised
 * score of a criterion's findings at a location, and a location's score as the mean of its criterion scores.
 */
public record LocationScores(List<Audit.Location> locations, List<String> criteria, Map<String, Map<String, Double>> cells,
		Map<String, Double> byLocation) {

	static LocationScores of(Audit audit) {
		Map<String, Map<String, List<Finding>>> grouped = audit.findings()
			.collect(Collectors.groupingBy(Finding::criterion, LinkedHashMap::new,
					Collectors.groupingBy(Finding::locationId)));
		Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
		grouped.forEach((criterion, byLocation) -> {
			Map<String, Double> row = new LinkedHashMap<>();
			byLocation.forEach((location, findings) -> row.put(location,
					findings.stream().mapToDouble(Finding::normalisedScore).average().orElse(0)));
			cells.put(criterion, row);
		});
		Map<String, Double> byLocation = new LinkedHashMap<>();
		for (Audit.Location location : audit.locations()) {
			OptionalDouble mean = cells.values()
				.stream()
				.filter(row -> row.containsKey(location.id()))
				.mapToDouble(row -> row.get(location.id()))
				.average();
			if (mean.isPresent()) {
				byLocation.put(location.id(), mean.getAsDouble());
			}
		}
		return new LocationScores(audit.locations(), new ArrayList<>(new TreeSet<>(cells.keySet())), cells, byLocation);
	}

	/** The score of a criterion at a location, or null when no finding assessed it there. */
	Double cell(String criterion, String locationId) {
		return cells.getOrDefault(criterion, Map.of()).get(locationId);
	}

	/** One of five colour bands of the heat map, or "none" without findings. */
	static String band(Double score) {
		if (score == null) {
			return "heat-none";
		}
		return "heat-" + Math.min(4, (int) Math.floor(score * 5));
	}

}
