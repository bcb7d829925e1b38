package eu.serviceaudit.advisor.rules.fact;

/**
 * A comment the rules chose to read for what it names: a failing finding's or an unhappy answer's.
 * {@code reference} is {@code observationId/criterion} for a finding and {@code observationId#index} for a response.
 */
public record NegativeComment(String reference, String observationId, String locationId, String text) {
}
