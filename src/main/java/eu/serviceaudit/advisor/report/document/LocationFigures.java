package eu.serviceaudit.advisor.report.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;

/**
 * Scores by location and criterion from the audit: the mean normalised score of a criterion's findings at a
 * location, and how many visits (observations with findings) stand behind each location.
 */
record LocationFigures(List<Audit.Location> locations, List<String> criteria,
		Map<String, Map<String, Double>> scores, Map<String, Integer> visits) {

	static LocationFigures of(Audit audit) {
		Map<String, Map<String, List<Finding>>> grouped = audit.findings()
			.collect(Collectors.groupingBy(Finding::criterion, LinkedHashMap::new,
					Collectors.groupingBy(Finding::locationId)));
		Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
		grouped.forEach((criterion, byLocation) -> {
			Map<String, Double> row = new LinkedHashMap<>();
			byLocation.forEach((location, findings) -> row.put(location,
					findings.stream().mapToDouble(Finding::normalisedScore).average().orElse(0)));
			scores.put(criterion, row);
		});
		Map<String, Integer> visits = new LinkedHashMap<>();
		audit.findings()
			.collect(Collectors.groupingBy(Finding::locationId,
					Collectors.mapping(Finding::observationId, Collectors.toSet())))
			.forEach((location, observations) -> visits.put(location, observations.size()));
		return new LocationFigures(audit.locations(), new ArrayList<>(new TreeSet<>(scores.keySet())), scores, visits);
	}

	Double score(String criterion, String locationId) {
		return scores.getOrDefault(criterion, Map.of()).get(locationId);
	}

	/** Locations with at least one finding: the ones a table can compare. */
	List<Audit.Location> assessed() {
		return locations.stream().filter(l -> visits.getOrDefault(l.id(), 0) > 0).toList();
	}

	/**
	 * The fair comparison: on the criteria assessed at every compared location when there are any (so no location
	 * looks better for being spared a hard criterion), otherwise each location's criteria weighted equally.
	 */
	League league(int fewVisits) {
		List<Audit.Location> compared = assessed();
		Set<String> common = new TreeSet<>(criteria);
		compared.forEach(l -> common.removeIf(c -> score(c, l.id()) == null));
		boolean onCommon = compared.size() > 1 && !common.isEmpty();
		List<League.Row> rows = new ArrayList<>();
		for (Audit.Location location : compared) {
			List<Double> values = (onCommon ? common : new TreeSet<>(criteria)).stream()
				.map(c -> score(c, location.id()))
				.filter(java.util.Objects::nonNull)
				.toList();
			double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
			int n = visits.getOrDefault(location.id(), 0);
			rows.add(new League.Row(0, location.id(), location.name(), mean, n, values.size(), n < fewVisits));
		}
		rows.sort(java.util.Comparator.comparingDouble(League.Row::score).reversed()
			.thenComparing(League.Row::name));
		List<League.Row> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			League.Row r = rows.get(i);
			ranked.add(new League.Row(i + 1, r.locationId(), r.name(), r.score(), r.visits(), r.criteria(), r.few()));
		}
		return new League(ranked, onCommon, common.size());
	}

	record League(List<Row> rows, boolean onCommonCriteria, int commonCriteria) {

		record Row(int rank, String locationId, String name, double score, int visits, int criteria, boolean few) {
		}

		boolean anyFew() {
			return rows.stream().anyMatch(Row::few);
		}

	}

}
