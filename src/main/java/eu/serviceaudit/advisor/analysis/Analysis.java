package eu.serviceaudit.advisor.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of an analysis (CONTRACT.md sections 5 and 10), as stored and served. Version 2 adds the sector, the
 * diagnoses, the cautions, the voice of the customers' comments and the plain-words rationale; analyses stored
 * before it read with those fields empty.
 */
public record Analysis(String id, String client, String wave, String language, String sector, Instant createdAt,
		String rulesVersion, Summary summary, List<DimensionScore> dimensions, List<CriterionResult> criteria,
		List<Strength> strengths, List<Weakness> weaknesses, List<Recommendation> recommendations,
		List<Alert> alerts, List<Diagnosis> diagnoses, List<Caution> cautions) {

	public Analysis {
		diagnoses = diagnoses == null ? List.of() : diagnoses;
		cautions = cautions == null ? List.of() : cautions;
	}

	/** The same analysis under the identity it is stored with. */
	public Analysis identified(String newId, Instant newCreatedAt) {
		return new Analysis(newId, client, wave, language, sector, newCreatedAt, rulesVersion, summary, dimensions,
				criteria, strengths, weaknesses, recommendations, alerts, diagnoses, cautions);
	}

	/** {@code npsResponses} counts the responses with {@code recommend}; {@code npsMargin} is the 95 % margin. */
	public record Summary(int observations, int findings, int responses, Double overallScore, Double nps,
			Double csat, Double ces, Integer npsResponses, Double npsMargin) {
	}

	public record DimensionScore(String dimension, double score) {
	}

	public record CriterionResult(String criterion, double score, int observations, int failures,
			double failureRate, int locations, Pattern pattern) {
	}

	public record Strength(String criterion, double score) {
	}

	/**
	 * Score and failure figures are null for a CUSTOMER_VOICE weakness that no finding assessed. {@code comments}
	 * quotes up to three matched comments verbatim; {@code voice} counts all that matched.
	 */
	public record Weakness(String criterion, Pattern pattern, Double score, Double failureRate,
			List<String> comments, Integer voice) {
	}

	/** {@code locations} empty or null: for every location. */
	public record Recommendation(String id, int rank, double priorityScore, RecommendationKind kind, String title,
			String summary, List<String> addresses, String dimension, Pattern pattern, Horizon horizon,
			String ownerRole, String ownerRoleName, List<String> locations, Kpi kpi, String articleId,
			List<TrainingAction> trainingActions, Rationale rationale) {
	}

	public record Kpi(String name, String criterion, double target) {
	}

	public record TrainingAction(String articleId, String title, String format, int durationMinutes) {
	}

	/** {@code rule} names the rule that fired; {@code text} says why in plain words in the audit's language. */
	public record Rationale(String rule, List<String> findings, String text) {
	}

	public record Alert(Severity severity, String observationId, String criterion, String reason, AlertKind kind,
			LocalDate due) {
	}

	/** LOCAL, LOCATION_LEADERSHIP or MISSING_STANDARD, worded in the audit's language. */
	public record Diagnosis(String kind, String title, String text, List<String> criteria, List<String> locations,
			String rule) {
	}

	/** SMALL_SAMPLE_NPS, INCONSISTENT_SURVEY or CONTRADICTED_STRENGTH (with its criterion). */
	public record Caution(String code, String criterion, String text) {
	}

}
