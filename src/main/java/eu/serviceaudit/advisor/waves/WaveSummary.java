package eu.serviceaudit.advisor.waves;

import java.time.Instant;
import java.time.LocalDate;

/** One wave of a client: its analysis, its date (the latest observation date) and the figures of its summary. */
public record WaveSummary(String analysisId, String client, String wave, LocalDate date, Instant createdAt,
		int observations, int findings, int responses, Double overallScore, Double nps, Double npsMargin,
		Integer npsResponses, Double csat, Double ces) {
}
