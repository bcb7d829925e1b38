package eu.serviceaudit.advisor.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of {@code PUT /api/analyses/{id}/report}. Top-level fields left out (or null) stay as they are; a
 * recommendation listed is taken whole (title or text null or equal to the rules' wording: no rewording; hidden
 * false unless said; mergedInto null: not merged), one not listed stays as it is. What GET answers can be sent back.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportEdit(Integer version, String summary, List<String> headline,
		List<RecommendationEdit> recommendations, List<NoteEdit> locationNotes) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record RecommendationEdit(String id, String title, String text, Boolean hidden, String hiddenReason,
			String mergedInto) {
	}

	/** A blank note removes the location's note. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record NoteEdit(String locationId, String note) {
	}

}
