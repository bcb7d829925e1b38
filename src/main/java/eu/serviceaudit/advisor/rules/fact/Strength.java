package eu.serviceaudit.advisor.rules.fact;

/** A criterion assessed often enough, never failed and scoring high: something to keep doing. */
public record Strength(String code, double score) {
}
