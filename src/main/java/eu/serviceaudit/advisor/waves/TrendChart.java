package eu.serviceaudit.advisor.waves;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The trend over all waves of a client as geometry for a server-side SVG (no script, prints as it shows): one panel
 * with the overall score and CSAT in %, one with NPS and its 95 % margin as an error bar. Each point links to the
 * analysis it comes from.
 */
public record TrendChart(Panel scores, Panel nps, int waves) {

	static final int WIDTH = 640;

	static final int HEIGHT = 220;

	static final int LEFT = 44;

	static final int RIGHT = 16;

	static final int TOP = 12;

	static final int BOTTOM = 44;

	public record Panel(int width, int height, int left, int right, int top, int bottom, List<Series> series,
			List<Tick> ticks, List<Tick> waves) {
	}

	/** {@code code} names the series for the legend and the colour; {@code line} is the polyline's points. */
	public record Series(String code, String line, List<Point> points) {
	}

	/** {@code low}/{@code high}: the error bar's ends in pixels, null without one. */
	public record Point(double x, double y, String value, String wave, String analysisId, Double low, Double high) {
	}

	public record Tick(double at, String label) {
	}

	public static TrendChart of(List<WaveSummary> waves) {
		Panel scores = panel(waves, 0, 100, List.of(0, 25, 50, 75, 100),
				List.of(series("score", waves, w -> w.overallScore() == null ? null : w.overallScore() * 100, w -> null, 0, 100),
						series("csat", waves, WaveSummary::csat, w -> null, 0, 100)));
		Panel nps = panel(waves, -100, 100, List.of(-100, -50, 0, 50, 100),
				List.of(series("nps", waves, WaveSummary::nps, WaveSummary::npsMargin, -100, 100)));
		return new TrendChart(scores, nps, waves.size());
	}

	private static Panel panel(List<WaveSummary> waves, double min, double max, List<Integer> ticks, List<Series> series) {
		List<Tick> y = ticks.stream().map(t -> new Tick(y(t, min, max), String.valueOf(t))).toList();
		List<Tick> x = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(waves.size() / 12.0));
		for (int i = 0; i < waves.size(); i++) {
			if (i % every == 0 || i == waves.size() - 1) {
				x.add(new Tick(x(i, waves.size()), waves.get(i).wave()));
			}
		}
		return new Panel(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, series, y, x);
	}

	private static Series series(String code, List<WaveSummary> waves, Function<WaveSummary, Double> value,
			Function<WaveSummary, Double> margin, double min, double max) {
		List<Point> points = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < waves.size(); i++) {
			WaveSummary wave = waves.get(i);
			Double v = value.apply(wave);
			if (v == null) {
				continue;
			}
			Double m = margin.apply(wave);
			double px = x(i, waves.size());
			double py = y(v, min, max);
			points.add(new Point(px, py, String.format(java.util.Locale.ROOT, "%.1f", v), wave.wave(), wave.analysisId(),
					m == null ? null : y(Math.max(min, v - m), min, max), m == null ? null : y(Math.min(max, v + m), min, max)));
			line.append(line.isEmpty() ? "" : " ").append(round(px)).append(',').append(round(py));
		}
		return new Series(code, line.toString(), points);
	}

	static double x(int index, int count) {
		double span = WIDTH - LEFT - RIGHT - 20;
		return round(LEFT + 10 + (count <= 1 ? span / 2 : span * index / (count - 1)));
	}

	static double y(double value, double min, double max) {
		double span = HEIGHT - TOP - BOTTOM;
		return round(HEIGHT - BOTTOM - span * (value - min) / (max - min));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
