package eu.serviceaudit.advisor.rules.fact;

import eu.serviceaudit.advisor.audit.Sector;

/** The trade of the audited business, whose vocabulary names the owners of the actions. */
public record AuditSector(Sector sector) {
}
