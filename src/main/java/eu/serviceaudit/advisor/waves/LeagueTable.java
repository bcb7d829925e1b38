package eu.serviceaudit.advisor.waves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The locations of one wave ranked by their score (the mean of all their findings), with the change since the
 * previous wave, the visits behind it, and whether that change is within noise.
 */
public record LeagueTable(String analysisId, String previousAnalysisId, List<Row> rows) {

	public record Row(int rank, String locationId, String name, Double score, Double previousScore, Double change,
			boolean significant, int visits, int findings, int failures, Double csat) {
	}

	public static LeagueTable of(Waves waves, WaveSummary wave, WaveSummary previous) {
		Map<String, Figures> before = previous == null ? Map.of() : pooled(waves.locationCriteria(previous.analysisId()));
		Map<String, Figures> now = pooled(waves.locationCriteria(wave.analysisId()));
		List<LocationFigures> locations = new ArrayList<>(waves.locations(wave.analysisId()));
		locations.sort(Comparator.comparing((LocationFigures l) -> l.findings().n() == 0 ? -1 : l.findings().mean()).reversed()
			.thenComparing(LocationFigures::locationId));
		List<Row> rows = new ArrayList<>();
		for (LocationFigures l : locations) {
			Figures f = now.getOrDefault(l.locationId(), Figures.NONE);
			Figures p = before.get(l.locationId());
			Double score = f.mean();
			Double previousScore = p == null ? null : p.mean();
			Double change = score == null || previousScore == null ? null : score - previousScore;
			rows.add(new Row(rows.size() + 1, l.locationId(), l.name() == null ? l.locationId() : l.name(), score,
					previousScore, change, Noise.significant(change, f, p), l.observations(), f.n(), f.failures(), l.csat()));
		}
		return new LeagueTable(wave.analysisId(), previous == null ? null : previous.analysisId(), rows);
	}

	/** All findings of a location, whatever their criterion. */
	static Map<String, Figures> pooled(Map<String, Map<String, Figures>> byLocation) {
		Map<String, Figures> pooled = new java.util.TreeMap<>();
		byLocation.forEach((location, criteria) -> criteria.values().forEach(f -> pooled.merge(location, f, Noise::merge)));
		return pooled;
	}

}
