package eu.serviceaudit.advisor.rules.fact;

/** The mean of the criterion scores of one dimension. */
public record DimensionScore(String dimension, double score) {
}
