package eu.serviceaudit.advisor.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.analysis.AlertKind;
import eu.serviceaudit.advisor.analysis.AlertsRaised;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AnalysisStored;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.Observation;

/**
 * Turns every alert of a stored analysis into a follow-up, in the transaction that stores it: as soon as the rules
 * raised them ({@link AlertsRaised}) when the analysis is stored alongside its rules, otherwise with the analysis.
 * Kind and due date come from the analysis; analyses stored before they existed get them from the observation
 * (CONTRACT.md section 10): RECOVERY two days after a real customer's answer, COACHING seven days after a staged or
 * observed visit.
 */
@Component
class AlertRecorder {

	static final int RECOVERY_DAYS = 2;

	static final int COACHING_DAYS = 7;

	private final AlertFollowUps followUps;

	private final Clock clock;

	AlertRecorder(AlertFollowUps followUps) {
		this.followUps = followUps;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Stored alongside: the follow-ups are written as soon as the rules raised the alerts, before any other listener
	 * of the event, which may then read them.
	 */
	@EventListener
	@Order(0)
	void raised(AlertsRaised raised) {
		record(raised.analysisId(), raised.audit(), raised.alerts(), raised.storedOn());
	}

	@EventListener
	void stored(AnalysisStored stored) {
		Analysis analysis = stored.analysis();
		// begun: written when the alerts were raised; a fresh analysis (inserted in this transaction) has no
		// follow-ups yet: one query fewer
		if (stored.begun() || analysis.alerts() == null || analysis.alerts().isEmpty()
				|| !stored.fresh() && followUps.existFor(analysis.id())) {
			return;
		}
		record(analysis.id(), stored.audit(), analysis.alerts(),
				analysis.createdAt().atZone(ZoneOffset.UTC).toLocalDate());
	}

	private void record(String analysisId, Audit audit, List<Analysis.Alert> alerts, LocalDate storedOn) {
		if (alerts == null || alerts.isEmpty()) {
			return;
		}
		Map<String, Observation> observations = new HashMap<>();
		audit.observations().forEach(o -> observations.put(o.id(), o));
		List<AlertFollowUps.NewFollowUp> followUpsOfAlerts = new ArrayList<>(alerts.size());
		for (int i = 0; i < alerts.size(); i++) {
			Analysis.Alert alert = alerts.get(i);
			Observation o = observations.get(alert.observationId());
			AlertKind kind = alert.kind() != null ? alert.kind() : kindOf(o == null ? null : o.method());
			LocalDate due = alert.due() != null ? alert.due()
					: (o == null || o.date() == null ? storedOn : o.date())
						.plusDays(kind == AlertKind.RECOVERY ? RECOVERY_DAYS : COACHING_DAYS);
			followUpsOfAlerts.add(new AlertFollowUps.NewFollowUp(FollowUpIds.next(), analysisId, i, audit.client(),
					alert.observationId(), o == null ? null : o.locationId(), alert.criterion(), kind,
					alert.severity(), alert.reason(), due));
		}
		followUps.insertAll(followUpsOfAlerts, clock.instant());
	}

	/** A real customer (surveys, complaints) is won back; a staged or observed visit is talked through with the team. */
	static AlertKind kindOf(Method method) {
		if (method == null) {
			return AlertKind.RECOVERY;
		}
		return switch (method) {
			case CUSTOMER_SURVEY, INTERNAL_SURVEY, COMPLAINT_LOG -> AlertKind.RECOVERY;
			default -> AlertKind.COACHING;
		};
	}

}
