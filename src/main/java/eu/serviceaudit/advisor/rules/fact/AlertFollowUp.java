package eu.serviceaudit.advisor.rules.fact;

import java.time.LocalDate;
import java.util.Locale;

import eu.serviceaudit.advisor.analysis.AlertKind;

/**
 * What an alert asks for and by when: RECOVERY of a real customer or COACHING of the team after a staged or observed
 * visit, due {@code days} after the observation (null when the observation has no date). The reason is the alert's
 * reason key with the kind appended ({@code diagnosis.alert.detractor.coaching}), so each kind speaks its own words.
 */
public record AlertFollowUp(RecoveryAlert alert, AlertKind kind, LocalDate due, String reasonKey, String rule) {

	public static AlertFollowUp of(RecoveryAlert alert, LocalDate date, String kind, int days, String rule) {
		AlertKind alertKind = AlertKind.valueOf(kind.strip());
		return new AlertFollowUp(alert, alertKind, date == null ? null : date.plusDays(days),
				alert.reasonKey() + "." + alertKind.name().toLowerCase(Locale.ROOT), rule);
	}

}
