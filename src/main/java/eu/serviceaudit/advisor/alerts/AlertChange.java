package eu.serviceaudit.advisor.alerts;

import java.time.Instant;

/** One field of a follow-up changed: who, when, from what to what. */
public record AlertChange(Instant at, String by, String field, String from, String to) {
}
