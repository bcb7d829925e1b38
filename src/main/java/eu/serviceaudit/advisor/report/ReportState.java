package eu.serviceaudit.advisor.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What is stored of a report: the consultant's choices only. The rules' recommendations stay in the analysis and
 * are combined with these into a {@link Report}. {@code edits} holds a row per recommendation the consultant
 * touched; {@code notes} the note per location id.
 */
record ReportState(ReportStatus status, int version, String summary, List<String> headline,
		Map<String, Edit> edits, Map<String, String> notes, Instant updatedAt, String updatedBy, Instant publishedAt,
		String publishedBy) {

	/** {@code title} and {@code text} null: the rules' wording. */
	record Edit(String title, String text, boolean hidden, String hiddenReason, String mergedInto) {

		boolean untouched() {
			return title == null && text == null && !hidden && hiddenReason == null && mergedInto == null;
		}

	}

}
