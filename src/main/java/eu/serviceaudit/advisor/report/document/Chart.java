package eu.serviceaudit.advisor.report.document;

import java.util.List;

/**
 * A chart as drawn shapes in a {@code width} × {@code height} box: the SVG template paints them for the page and the
 * PDF, and the DOCX gets the same SVG rasterised, so that every format shows one picture.
 */
public record Chart(String id, String title, int width, int height, List<Box> boxes, List<Rule> rules,
		List<Label> labels) {

	public record Box(double x, double y, double w, double h, String fill) {
	}

	public record Rule(double x1, double y1, double x2, double y2, String stroke, double width) {
	}

	/** {@code anchor} is start, middle or end. */
	public record Label(double x, double y, String text, String anchor, int size, boolean bold, String fill) {

		public String weight() {
			return bold ? "bold" : "normal";
		}

	}

}
