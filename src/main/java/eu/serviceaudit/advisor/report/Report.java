package eu.serviceaudit.advisor.report;

import java.time.Instant;
import java.util.List;

/**
 * A report as the API serves it (CONTRACT.md section 11): the recommendations of the analysis in rank order, each
 * as the consultant worded it beside the rules' original. An analysis whose report nobody edited yet has a draft
 * at version 1 that leads with its three best-ranked recommendations.
 */
public record Report(String analysisId, ReportStatus status, int version, String summary, List<String> headline,
		List<Item> recommendations, List<LocationNote> locationNotes, Instant updatedAt, String updatedBy,
		Instant publishedAt, String publishedBy) {

	/**
	 * One recommendation: {@code title} and {@code text} as the report shows them, {@code original} as the rules
	 * wrote them. A recommendation merged into another is hidden and names it in {@code mergedInto}.
	 */
	public record Item(String id, int rank, String title, String text, boolean hidden, String hiddenReason,
			String mergedInto, Original original) {

		public boolean reworded() {
			return !java.util.Objects.equals(title, original.title()) || !java.util.Objects.equals(text, original.text());
		}

	}

	public record Original(String title, String text) {
	}

	public record LocationNote(String locationId, String note) {
	}

	public boolean published() {
		return status == ReportStatus.PUBLISHED;
	}

	/** The recommendations merged into the one with this id. */
	public List<Item> mergedInto(String id) {
		return recommendations.stream().filter(r -> id.equals(r.mergedInto())).toList();
	}

	public java.util.Optional<Item> item(String id) {
		return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
	}

}
