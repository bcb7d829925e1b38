package eu.serviceaudit.advisor.rules.fact;

/** The mean of all criterion scores of the audit. */
public record OverallScore(double score) {
}
