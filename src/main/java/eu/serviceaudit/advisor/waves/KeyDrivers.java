package eu.serviceaudit.advisor.waves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * What drives the customers' verdict (CONTRACT.md section 11): per criterion, its score (performance) against its
 * correlation with satisfaction across locations, or with the rest of the visit across visits (importance).
 * Read from one wave's stored figures and finding rows.
 */
@Service
public class KeyDrivers {

	/** Below this many pairs a correlation means nothing: no items, a caution instead. */
	public static final int MIN_PAIRS = 5;

	/** The performance that separates KEEP from FIX_FIRST and MAINTAIN from LATER. */
	public static final double PERFORMS = 0.8;

	private final Waves waves;

	KeyDrivers(Waves waves) {
		this.waves = waves;
	}

	public enum Method {

		LOCATION_CSAT, VISIT_OVERALL

	}

	public enum Quadrant {

		KEEP, FIX_FIRST, MAINTAIN, LATER

	}

	public record Result(Method method, int n, String caution, List<Item> items) {
	}

	public record Item(String criterion, double performance, double importance, Quadrant quadrant) {
	}

	public Result of(String client, String wave) {
		return of(waves.find(client, wave));
	}

	public Result of(WaveSummary wave) {
		String id = wave.analysisId();
		Map<String, Figures> criteria = waves.criteria(id);
		List<LocationFigures> surveyed = waves.locations(id).stream()
			.filter(l -> l.satisfactionAnswers() > 0 && l.findings().n() > 0)
			.toList();
		Map<String, List<double[]>> pairs = new java.util.TreeMap<>();
		Method method;
		int n;
		if (surveyed.size() >= MIN_PAIRS) {
			method = Method.LOCATION_CSAT;
			n = surveyed.size();
			Map<String, Map<String, Figures>> byLocation = waves.locationCriteria(id);
			for (LocationFigures location : surveyed) {
				byLocation.getOrDefault(location.locationId(), Map.of()).forEach((criterion, f) -> pairs
					.computeIfAbsent(criterion, c -> new ArrayList<>()).add(new double[] { f.mean(), location.csat() }));
			}
		}
		else {
			method = Method.VISIT_OVERALL;
			n = 0;
			for (Map<String, List<Double>> visit : waves.visits(id).values()) {
				if (visit.size() < 2) {
					continue;
				}
				n++;
				visit.forEach((criterion, scores) -> pairs.computeIfAbsent(criterion, c -> new ArrayList<>())
					.add(new double[] { mean(scores), meanOfOthers(visit, criterion) }));
			}
		}
		if (n < MIN_PAIRS) {
			return new Result(method, n, "Only " + n + (n == 1 ? " pair" : " pairs") + " ("
					+ (method == Method.LOCATION_CSAT ? "locations" : "visits") + "): below " + MIN_PAIRS
					+ " a correlation means nothing, so no criterion is ranked by importance.", List.of());
		}
		List<Item> items = new ArrayList<>();
		pairs.forEach((criterion, xy) -> {
			Figures figures = criteria.get(criterion);
			if (xy.size() >= MIN_PAIRS && figures != null && figures.n() > 0) {
				items.add(new Item(criterion, figures.mean(), pearson(xy), null));
			}
		});
		double median = median(items.stream().map(Item::importance).toList());
		List<Item> placed = new ArrayList<>(items.stream()
			.map(i -> new Item(i.criterion(), i.performance(), i.importance(), quadrant(i, median)))
			.toList());
		placed.sort(Comparator.comparingDouble(Item::importance).reversed().thenComparing(Item::criterion));
		return new Result(method, n, null, placed);
	}

	static Quadrant quadrant(Item item, double median) {
		boolean drives = item.importance() >= median - 1e-12;
		boolean performs = item.performance() >= PERFORMS - 1e-12;
		return drives ? performs ? Quadrant.KEEP : Quadrant.FIX_FIRST : performs ? Quadrant.MAINTAIN : Quadrant.LATER;
	}

	/** Pearson's r; 0 when either side does not vary (no correlation can be seen). */
	static double pearson(List<double[]> xy) {
		int n = xy.size();
		double mx = 0;
		double my = 0;
		for (double[] p : xy) {
			mx += p[0];
			my += p[1];
		}
		mx /= n;
		my /= n;
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (double[] p : xy) {
			sxy += (p[0] - mx) * (p[1] - my);
			sxx += (p[0] - mx) * (p[0] - mx);
			syy += (p[1] - my) * (p[1] - my);
		}
		if (sxx < 1e-15 || syy < 1e-15) {
			return 0;
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double mean(List<Double> scores) {
		return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	private static double meanOfOthers(Map<String, List<Double>> visit, String criterion) {
		double sum = 0;
		int count = 0;
		for (var entry : visit.entrySet()) {
			if (!entry.getKey().equals(criterion)) {
				for (double score : entry.getValue()) {
					sum += score;
					count++;
				}
			}
		}
		return sum / count;
	}

}
