package eu.serviceaudit.advisor.training;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of a session write (API and pages): wrappers and strings so that a wrong value becomes a 422 naming its
 * pointer. {@code exercises} are article ids in session order; {@code version} is required on update.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingSessionInput(String title, String language, Integer availableMinutes, String analysisId,
		List<String> exercises, Integer version) {
}
