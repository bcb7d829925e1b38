package eu.serviceaudit.advisor.analysis;

import java.time.Instant;
import java.util.List;

/** The answer of an analysis (CONTRACT.md section 5), as stored and served. */
public record Analysis(String id, String client, String wave, String language, Instant createdAt,
		String rulesVersion, Summary summary, List<DimensionScore> dimensions, List<CriterionResult> criteria,
		List<Strength> strengths, List<Weakness> weaknesses, List<Recommendation> recommendations,
		List<Alert> alerts) {

	/** The same analysis under the identity it is stored with. */
	public Analysis identified(String newId, Instant newCreatedAt) {
		return new Analysis(newId, client, wave, language, newCreatedAt, rulesVersion, summary, dimensions, criteria,
				strengths, weaknesses, recommendations, alerts);
	}

	public record Summary(int observations, int findings, int responses, Double overallScore, Double nps,
			Double csat, Double ces) {
	}

	public record DimensionScore(String dimension, double score) {
	}

	public record CriterionResult(String criterion, double score, int observations, int failures,
			double failureRate, int locations, Pattern pattern) {
	}

	public record Strength(String criterion, double score) {
	}

	public record Weakness(String criterion, Pattern pattern, double score, double failureRate) {
	}

	public record Recommendation(String id, int rank, double priorityScore, RecommendationKind kind, String title,
			String summary, List<String> addresses, String dimension, Pattern pattern, Horizon horizon,
			String ownerRole, Kpi kpi, String articleId, List<TrainingAction> trainingActions, Rationale rationale) {
	}

	public record Kpi(String name, String criterion, double target) {
	}

	public record TrainingAction(String articleId, String title, String format, int durationMinutes) {
	}

	public record Rationale(String rule, List<String> findings) {
	}

	public record Alert(Severity severity, String observationId, String criterion, String reason) {
	}

}
