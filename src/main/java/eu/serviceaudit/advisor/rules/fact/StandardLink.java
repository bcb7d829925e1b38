package eu.serviceaudit.advisor.rules.fact;

/**
 * A row of the criterion-links table that met: a weakness of an ORGANISATION criterion and a weakness of a criterion
 * it explains.
 */
public record StandardLink(String organisation, String explained, String rule) {
}
