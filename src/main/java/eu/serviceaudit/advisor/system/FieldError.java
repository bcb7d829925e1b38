package eu.serviceaudit.advisor.system;

/** One invalid field of a request: where (a JSON pointer, or a CSV line and column) and what is wrong. */
public record FieldError(String pointer, String message) {
}
