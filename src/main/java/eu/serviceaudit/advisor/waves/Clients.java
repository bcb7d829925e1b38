package eu.serviceaudit.advisor.waves;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.engagement.ClientScope;
import eu.serviceaudit.advisor.engagement.Engagements;
import eu.serviceaudit.advisor.engagement.Engagements.Rhythm;
import eu.serviceaudit.advisor.engagement.Engagements.Settings;

/**
 * Clients with their latest wave and re-audit rhythm, and which are due or overdue for their next wave: the next
 * wave is due a month (MONTHLY) or three months (QUARTERLY) after the latest wave date, or on the agreed date.
 */
@Service
public class Clients {

	/** A wave due within this many days is DUE (plan it now). */
	public static final int DUE_WITHIN_DAYS = 14;

	private final Waves waves;

	private final Engagements engagements;

	private final ClientScope scope;

	private final Clock clock = Clock.systemUTC();

	Clients(Waves waves, Engagements engagements, ClientScope scope) {
		this.waves = waves;
		this.engagements = engagements;
		this.scope = scope;
	}

	public enum DueStatus {

		OVERDUE, DUE, SCHEDULED, NO_RHYTHM

	}

	public record ClientView(String client, String latestAnalysisId, String lastWave, LocalDate lastWaveDate,
			Rhythm rhythm, LocalDate nextDue, DueStatus status, String manager) {
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	/**
	 * Every client the current user may see ({@link ClientScope}): overdue first, then due, then by the date of the
	 * next wave, then by name.
	 */
	public List<ClientView> all() {
		Map<String, Settings> settings = engagements.settings();
		LocalDate today = today();
		List<ClientView> views = new ArrayList<>();
		for (WaveSummary latest : scope.visible(waves.latestOfEveryClient(), WaveSummary::client)) {
			Settings s = settings.getOrDefault(latest.client(), Settings.NONE);
			LocalDate due = nextDue(s, latest.date());
			views.add(new ClientView(latest.client(), latest.analysisId(), latest.wave(), latest.date(), s.rhythm(), due,
					status(due, today), s.manager()));
		}
		views.sort(Comparator.comparing(ClientView::status)
			.thenComparing(ClientView::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ClientView::client));
		return views;
	}

	/** The clients a user follows as their manager; every client when none is assigned to them. */
	public List<ClientView> of(String manager) {
		List<ClientView> all = all();
		List<ClientView> mine = all.stream().filter(c -> manager != null && manager.equals(c.manager())).toList();
		return mine.isEmpty() ? all : mine;
	}

	public ClientView get(String client) {
		return all().stream().filter(c -> c.client().equals(client)).findFirst()
			.orElseThrow(() -> ClientScope.noClient(client));
	}

	/** Sets the rhythm; a client without analyses is unknown (404). */
	public ClientView set(String client, Settings settings) {
		get(client);
		engagements.set(client, settings);
		return get(client);
	}

	static LocalDate nextDue(Settings settings, LocalDate lastWave) {
		if (settings.rhythm() == null) {
			return null;
		}
		return switch (settings.rhythm()) {
			case MONTHLY -> lastWave.plusMonths(1);
			case QUARTERLY -> lastWave.plusMonths(3);
			case DATE -> settings.date();
		};
	}

	static DueStatus status(LocalDate due, LocalDate today) {
		if (due == null) {
			return DueStatus.NO_RHYTHM;
		}
		if (due.isBefore(today)) {
			return DueStatus.OVERDUE;
		}
		return due.isAfter(today.plusDays(DUE_WITHIN_DAYS)) ? DueStatus.SCHEDULED : DueStatus.DUE;
	}

}
