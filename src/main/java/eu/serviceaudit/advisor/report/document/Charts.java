package eu.serviceaudit.advisor.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the report's charts from their figures. Every label comes in already worded in the document's language;
 * scores are normalised (0–1) and shown as percentages.
 */
final class Charts {

	static final String TEXT = "#222222";

	static final String MUTED = "#666666";

	static final String AXIS = "#999999";

	static final String EMPTY = "#eeeeee";

	static final int LABEL_CHARS = 34;

	private Charts() {
	}

	/** A labelled value: a dimension, a criterion or a location with its score. */
	record Value(String label, Double value) {
	}

	/** Horizontal bars, 0 to 100 %, coloured by band. */
	static Chart bars(String id, String title, List<Value> values, Locale locale) {
		int left = 220;
		int barWidth = 360;
		int row = 26;
		int top = 10;
		int height = top + row * values.size() + 24;
		List<Chart.Box> boxes = new ArrayList<>();
		List<Chart.Rule> rules = new ArrayList<>();
		List<Chart.Label> labels = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			Value v = values.get(i);
			double y = top + i * row;
			labels.add(new Chart.Label(left - 8, y + 15, clip(v.label()), "end", 11, false, TEXT));
			boxes.add(new Chart.Box(left, y + 3, barWidth, row - 8, EMPTY));
			if (v.value() != null) {
				boxes.add(new Chart.Box(left, y + 3, round(barWidth * clamp(v.value())), row - 8, band(v.value())));
				labels.add(new Chart.Label(left + barWidth + 6, y + 15, percent(v.value(), locale), "start", 11, true, TEXT));
			}
		}
		double axisY = top + row * values.size() + 2;
		rules.add(new Chart.Rule(left, axisY, left + barWidth, axisY, AXIS, 1));
		for (int p = 0; p <= 100; p += 25) {
			double x = left + barWidth * p / 100.0;
			rules.add(new Chart.Rule(x, axisY, x, axisY + 4, AXIS, 1));
			labels.add(new Chart.Label(x, axisY + 16, p + " %", "middle", 9, false, MUTED));
		}
		return new Chart(id, title, left + barWidth + 60, height, boxes, rules, labels);
	}

	/** Rows of criteria, columns of locations, each cell coloured by its score; an empty cell was not assessed. */
	static Chart heatMap(String id, String title, List<String> rows, List<String> columns, Double[][] cells,
			String notAssessed, Locale locale) {
		int left = 230;
		int cell = 96;
		int row = 22;
		int top = 44;
		List<Chart.Box> boxes = new ArrayList<>();
		List<Chart.Rule> rules = new ArrayList<>();
		List<Chart.Label> labels = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			double x = left + c * cell + cell / 2.0;
			List<String> lines = wrap(columns.get(c), 16);
			for (int l = 0; l < lines.size(); l++) {
				labels.add(new Chart.Label(x, 16 + 14 * l, lines.get(l), "middle", 10, true, TEXT));
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			double y = top + r * row;
			labels.add(new Chart.Label(left - 8, y + 15, clip(rows.get(r)), "end", 10, false, TEXT));
			for (int c = 0; c < columns.size(); c++) {
				Double score = cells[r][c];
				double x = left + c * cell;
				boxes.add(new Chart.Box(x + 1, y + 1, cell - 2, row - 2, score == null ? EMPTY : band(score)));
				labels.add(new Chart.Label(x + cell / 2.0, y + 15, score == null ? notAssessed : percent(score, locale),
						"middle", 10, false, score != null && score < 0.5 ? "#ffffff" : TEXT));
			}
		}
		return new Chart(id, title, left + cell * Math.max(1, columns.size()) + 10, top + row * rows.size() + 8, boxes,
				rules, labels);
	}

	/**
	 * NPS on its scale from −100 to 100 with the 95 % margin as whiskers; {@code caption} says the figure in words.
	 */
	static Chart nps(String id, String title, double nps, Double margin, String caption, Locale locale) {
		int left = 40;
		int width = 520;
		double axisY = 50;
		List<Chart.Box> boxes = new ArrayList<>();
		List<Chart.Rule> rules = new ArrayList<>();
		List<Chart.Label> labels = new ArrayList<>();
		boxes.add(new Chart.Box(left, axisY - 10, x(0, left, width) - left, 20, "#f4c7c3"));
		boxes.add(new Chart.Box(x(0, left, width), axisY - 10, x(30, left, width) - x(0, left, width), 20, "#fce8b2"));
		boxes.add(new Chart.Box(x(30, left, width), axisY - 10, left + width - x(30, left, width), 20, "#b7e1cd"));
		for (int p = -100; p <= 100; p += 50) {
			double x = x(p, left, width);
			rules.add(new Chart.Rule(x, axisY + 10, x, axisY + 15, AXIS, 1));
			labels.add(new Chart.Label(x, axisY + 28, String.valueOf(p), "middle", 9, false, MUTED));
		}
		double at = x(clampNps(nps), left, width);
		if (margin != null && Double.isFinite(margin)) {
			double from = x(clampNps(nps - margin), left, width);
			double to = x(clampNps(nps + margin), left, width);
			rules.add(new Chart.Rule(from, axisY, to, axisY, TEXT, 2));
			rules.add(new Chart.Rule(from, axisY - 7, from, axisY + 7, TEXT, 2));
			rules.add(new Chart.Rule(to, axisY - 7, to, axisY + 7, TEXT, 2));
		}
		boxes.add(new Chart.Box(at - 5, axisY - 5, 10, 10, "#0b3d5c"));
		labels.add(new Chart.Label(left + width / 2.0, 18, caption, "middle", 12, true, TEXT));
		return new Chart(id, title, left * 2 + width, 92, boxes, rules, labels);
	}

	/** The change of each criterion's score since the previous wave, in percentage points, around a zero line. */
	static Chart change(String id, String title, List<Value> changes, String unit, Locale locale) {
		int left = 230;
		int half = 170;
		int row = 22;
		int top = 8;
		double largest = changes.stream().mapToDouble(v -> Math.abs(v.value())).max().orElse(0.1);
		double scale = half / Math.max(0.1, largest);
		List<Chart.Box> boxes = new ArrayList<>();
		List<Chart.Rule> rules = new ArrayList<>();
		List<Chart.Label> labels = new ArrayList<>();
		double zero = left + half;
		for (int i = 0; i < changes.size(); i++) {
			Value v = changes.get(i);
			double y = top + i * row;
			double length = round(Math.abs(v.value()) * scale);
			labels.add(new Chart.Label(left - 8, y + 14, clip(v.label()), "end", 10, false, TEXT));
			boxes.add(new Chart.Box(v.value() >= 0 ? zero : zero - length, y + 3, Math.max(1, length), row - 7,
					v.value() >= 0 ? "#57bb8a" : "#e67c73"));
			long points = Math.round(v.value() * 100);
			// no sign on "no change": a reader takes "+0" or "-0" for a movement
			String text = (points == 0 ? "0" : String.format(locale, "%+d", points)) + " " + unit;
			labels.add(new Chart.Label(v.value() >= 0 ? zero + length + 4 : zero - length - 4, y + 14, text,
					v.value() >= 0 ? "start" : "end", 10, true, TEXT));
		}
		rules.add(new Chart.Rule(zero, top, zero, top + row * changes.size(), AXIS, 1));
		return new Chart(id, title, left + 2 * half + 70, top + row * changes.size() + 8, boxes, rules, labels);
	}

	/** Red below 0.5 (fails), amber below 0.7, light green below 0.85, green from there. */
	static String band(double score) {
		if (score < 0.5) {
			return "#e67c73";
		}
		if (score < 0.7) {
			return "#f7cb4d";
		}
		if (score < 0.85) {
			return "#b7e1cd";
		}
		return "#57bb8a";
	}

	static String percent(double score, Locale locale) {
		return String.format(locale, "%.0f %%", score * 100);
	}

	private static double x(double nps, int left, int width) {
		return round(left + (nps + 100) / 200 * width);
	}

	private static double clampNps(double value) {
		return Math.max(-100, Math.min(100, value));
	}

	private static double clamp(double score) {
		return Math.max(0, Math.min(1, score));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** At most two lines of about {@code width} characters, broken between words. */
	static List<String> wrap(String text, int width) {
		String first = text;
		String rest = "";
		if (text.length() > width) {
			int cut = text.lastIndexOf(' ', width);
			cut = cut <= 0 ? width : cut;
			first = text.substring(0, cut).strip();
			rest = text.substring(cut).strip();
		}
		return rest.isEmpty() ? List.of(first) : List.of(clip(first, width + 2), clip(rest, width + 2));
	}

	static String clip(String text) {
		return clip(text, LABEL_CHARS);
	}

	static String clip(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() > max ? text.substring(0, max - 1).strip() + "…" : text;
	}

}
