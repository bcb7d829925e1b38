package eu.serviceaudit.advisor.report.document;

import java.util.List;

/**
 * Everything the report document shows, worded in the audit's language and in reading order: cover, contents,
 * executive summary, strengths, figures with their charts, the location league table, notes per location,
 * diagnoses, cautions, the headline recommendations, the others, and the training plan. It holds no employee
 * names (owners are roles) and no codes: every value is already text for the reader.
 */
public record ReportDocument(String language, String title, String client, String wave, String date, boolean draft,
		String summary, List<Figure> figures, List<Figure> strengths, Chart dimensions, Chart heatMap, Chart nps,
		Chart change, String previousWave, League league, List<Note> locationNotes, List<Note> diagnoses,
		List<String> cautions, List<Action> headline, List<Action> others, List<Training> training,
		List<Section> contents, Words words) {

	/** The words of the document in its language. */
	public interface Words {

		String get(String key, Object... args);

	}

	/** A label with its value, both as text. */
	public record Figure(String label, String value) {
	}

	public record Note(String title, String text) {
	}

	public record League(List<LeagueRow> rows, String basis, String caution) {
	}

	public record LeagueRow(int rank, String name, String score, int visits, int criteria, boolean few) {
	}

	/**
	 * A recommendation as the report words it: {@code number} in reading order, what to do, who owns it, how success
	 * is measured and by when.
	 */
	public record Action(int number, String title, String text, String kind, String owner, String kpi,
			String horizon, String addresses, String locations, String why, List<String> alsoCovers) {
	}

	public record Training(String title, String format, String minutes, String forActions) {
	}

	/** An entry of the table of contents: the anchor of a section and its heading. */
	public record Section(String id, String title) {
	}

	public String t(String key, Object... args) {
		return words.get(key, args);
	}

	/** A text's paragraphs (blank lines or line breaks separate them); none for a blank text. */
	public List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(text.split("\\R+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public List<Chart> charts() {
		return java.util.stream.Stream.of(dimensions, heatMap, nps, change).filter(java.util.Objects::nonNull).toList();
	}

}
