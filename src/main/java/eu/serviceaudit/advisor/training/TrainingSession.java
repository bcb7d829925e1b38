package eu.serviceaudit.advisor.training;

import java.time.Instant;
import java.util.List;

/**
 * A training session as stored: exercises in order, each with the duration it had when it was added, and the time
 * available. {@code version} is the optimistic lock every write must quote.
 */
public record TrainingSession(String id, String title, String language, int availableMinutes, String analysisId,
		int version, String createdBy, Instant createdAt, Instant updatedAt, List<Item> items) {

	public TrainingSession {
		items = List.copyOf(items);
	}

	public record Item(int position, String articleId, int durationMinutes) {
	}

	public int totalMinutes() {
		return items.stream().mapToInt(Item::durationMinutes).sum();
	}

	/** Positive when the exercises need more time than is available. */
	public int overMinutes() {
		return totalMinutes() - availableMinutes;
	}

	/** A session without its items, for lists. */
	public record Header(String id, String title, String language, int availableMinutes, int totalMinutes,
			int exercises, int version, Instant updatedAt) {
	}

}
