package eu.serviceaudit.advisor.system;

/**
 * One invalid field of a request: where (a JSON pointer, or a CSV line and column) and what is wrong. Serializable:
 * pages pass it as a flash attribute through a session kept in the database.
 */
public record FieldError(String pointer, String message) implements java.io.Serializable {
}
