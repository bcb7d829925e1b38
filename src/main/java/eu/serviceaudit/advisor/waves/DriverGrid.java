package eu.serviceaudit.advisor.waves;

import java.util.List;

/**
 * The key drivers as geometry for a server-side SVG: performance across (0–100 %), importance up (−1 to 1), a
 * line at 80 % performance and one at the median importance, which cut the grid into its four quadrants.
 */
public record DriverGrid(int width, int height, int left, int right, int top, int bottom, double performsAt,
		double medianAt, List<Dot> dots, List<TrendChart.Tick> xTicks, List<TrendChart.Tick> yTicks) {

	static final int WIDTH = 520;

	static final int HEIGHT = 360;

	static final int LEFT = 44;

	static final int RIGHT = 16;

	static final int TOP = 16;

	static final int BOTTOM = 40;

	/** {@code number}: the item's place in the table beside the grid (by importance), written beside the dot. */
	public record Dot(int number, double x, double y, String criterion, KeyDrivers.Quadrant quadrant,
			double performance, double importance, boolean labelLeft) {
	}

	public static DriverGrid of(KeyDrivers.Result result) {
		List<Double> importances = result.items().stream().map(KeyDrivers.Item::importance).toList();
		double median = KeyDrivers.median(importances);
		List<Dot> dots = new java.util.ArrayList<>();
		for (KeyDrivers.Item i : result.items()) {
			dots.add(new Dot(dots.size() + 1, x(i.performance()), y(i.importance()), i.criterion(), i.quadrant(),
					i.performance(), i.importance(), i.performance() > 0.9));
		}
		List<TrendChart.Tick> xTicks = List.of(0, 20, 40, 60, 80, 100).stream()
			.map(p -> new TrendChart.Tick(x(p / 100.0), p + " %")).toList();
		List<TrendChart.Tick> yTicks = List.of(-1.0, -0.5, 0.0, 0.5, 1.0).stream()
			.map(v -> new TrendChart.Tick(y(v), String.valueOf(v))).toList();
		return new DriverGrid(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, x(KeyDrivers.PERFORMS), y(median),
				dots, xTicks, yTicks);
	}

	static double x(double performance) {
		return Math.round((LEFT + (WIDTH - LEFT - RIGHT) * performance) * 10) / 10.0;
	}

	static double y(double importance) {
		return Math.round((HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (importance + 1) / 2) * 10) / 10.0;
	}

}
