package eu.serviceaudit.advisor.rules.fact;

/** One survey measure over the responses that answered it; absent when none did. */
public record SurveyScore(SurveyMeasure measure, double value, int responses) {
}
