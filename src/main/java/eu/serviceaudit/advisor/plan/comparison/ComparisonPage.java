package eu.serviceaudit.advisor.plan.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.plan.KpiCheck;
import eu.serviceaudit.advisor.waves.Figures;
import eu.serviceaudit.advisor.waves.LocationFigures;
import eu.serviceaudit.advisor.waves.Noise;
import eu.serviceaudit.advisor.waves.WaveSummary;
import eu.serviceaudit.advisor.waves.Waves;

/** Wave over wave per criterion, dimension and location, each change with the visits behind it and its noise. */
public record ComparisonPage(WaveSummary current, WaveSummary previous, List<WaveSummary> waves, List<Row> criteria,
		List<Row> dimensions, List<Row> locations, List<KpiCheck> kpis) {

	/** {@code key} is a criterion code, a dimension code or a location id; {@code label} what the page shows. */
	public record Row(String key, String label, Double score, Double previousScore, Double change, int n, int previousN,
			boolean significant) {

		/** There is a change, but it is not more than the sampling noise for these n. */
		public boolean withinNoise() {
			return change != null && !significant && n >= 2 && previousN >= 2;
		}

		/** Too few scores on one side to tell anything. */
		public boolean tooFew() {
			return change != null && (n < 2 || previousN < 2);
		}

		static Row of(String key, String label, Figures now, Figures before) {
			Double score = now == null ? null : now.mean();
			Double previousScore = before == null ? null : before.mean();
			Double change = score == null || previousScore == null ? null : score - previousScore;
			return new Row(key, label, score, previousScore, change, now == null ? 0 : now.n(),
					before == null ? 0 : before.n(), Noise.significant(change, now, before));
		}

	}

	static ComparisonPage of(Waves waves, CriteriaCatalogue catalogue, Map<String, String> names, WaveSummary current,
			WaveSummary previous, List<KpiCheck> kpis) {
		Map<String, Figures> now = waves.criteria(current.analysisId());
		Map<String, Figures> before = previous == null ? Map.of() : waves.criteria(previous.analysisId());
		List<Row> criteria = new ArrayList<>();
		WaveComparisons.changes(now, before).forEach(c -> criteria.add(Row.of(c.criterion(),
				names.getOrDefault(c.criterion(), c.criterion()), now.get(c.criterion()), before.get(c.criterion()))));
		Map<String, Figures> dimensionsNow = byDimension(now, catalogue);
		Map<String, Figures> dimensionsBefore = byDimension(before, catalogue);
		List<Row> dimensions = new ArrayList<>();
		union(dimensionsNow, dimensionsBefore).forEach(d -> dimensions.add(Row.of(d, d, dimensionsNow.get(d),
				dimensionsBefore.get(d))));
		Map<String, Figures> locationsNow = pooled(waves.locationCriteria(current.analysisId()));
		Map<String, Figures> locationsBefore = previous == null ? Map.of()
				: pooled(waves.locationCriteria(previous.analysisId()));
		Map<String, String> locationNames = new TreeMap<>();
		waves.locations(current.analysisId()).forEach(l -> locationNames.put(l.locationId(), name(l)));
		List<Row> locations = new ArrayList<>();
		union(locationsNow, locationsBefore).forEach(l -> locations.add(Row.of(l, locationNames.getOrDefault(l, l),
				locationsNow.get(l), locationsBefore.get(l))));
		return new ComparisonPage(current, previous, waves.of(current.client()), criteria, dimensions, locations, kpis);
	}

	private static String name(LocationFigures location) {
		return location.name() == null ? location.locationId() : location.name();
	}

	private static List<String> union(Map<String, Figures> a, Map<String, Figures> b) {
		java.util.TreeSet<String> keys = new java.util.TreeSet<>(a.keySet());
		keys.addAll(b.keySet());
		return new ArrayList<>(keys);
	}

	private static Map<String, Figures> byDimension(Map<String, Figures> criteria, CriteriaCatalogue catalogue) {
		Map<String, Figures> dimensions = new TreeMap<>();
		criteria.forEach((code, f) -> catalogue.find(code).map(Criterion::dimension)
			.ifPresent(d -> dimensions.merge(d, f, Noise::merge)));
		return dimensions;
	}

	private static Map<String, Figures> pooled(Map<String, Map<String, Figures>> byLocation) {
		Map<String, Figures> pooled = new TreeMap<>();
		byLocation.forEach((location, criteria) -> criteria.values().forEach(f -> pooled.merge(location, f, Noise::merge)));
		return pooled;
	}

}
