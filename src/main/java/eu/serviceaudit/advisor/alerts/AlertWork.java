package eu.serviceaudit.advisor.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.serviceaudit.advisor.engagement.ClientScope;
import eu.serviceaudit.advisor.system.FieldErrors;
import eu.serviceaudit.advisor.system.web.ConflictException;
import eu.serviceaudit.advisor.system.web.NotFoundException;

/** The worklist of alerts: read it, narrow it, and change a follow-up (status, owner, note) with its history. */
@Service
public class AlertWork {

	static final int OWNER_MAX = 200;

	static final int NOTE_MAX = 2000;

	private final AlertFollowUps followUps;

	private final ClientScope scope;

	private final Clock clock = Clock.systemUTC();

	AlertWork(AlertFollowUps followUps, ClientScope scope) {
		this.followUps = followUps;
		this.scope = scope;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	/** The alerts of the clients the current user may see ({@link ClientScope}); so too every read below. */
	public Listing list(AlertFilter filter, int limit, int offset) {
		AlertFollowUps.Page page = followUps.page(filter, scope.restriction(), today(), limit, offset);
		return new Listing(page.total(), page.items());
	}

	public record Listing(int total, List<FollowUp> items) {
	}

	public FollowUp get(String id) {
		return followUps.find(id, today())
			.filter(followUp -> scope.sees(followUp.client()))
			.orElseThrow(() -> new NotFoundException("There is no alert '" + id + "'."));
	}

	/** Per client: open, contacted, overdue, all. */
	public Map<String, int[]> countsPerClient() {
		return followUps.countsPerClient(today());
	}

	public Map<String, List<AlertChange>> history(List<String> ids) {
		return followUps.history(ids);
	}

	public List<String> locations(String client) {
		if (client != null) {
			return scope.sees(client) ? followUps.locations(client) : List.of();
		}
		return scope.restriction()
			.map(clients -> clients.stream().flatMap(c -> followUps.locations(c).stream()).distinct().sorted().toList())
			.orElseGet(() -> followUps.locations(null));
	}

	public List<String> clients() {
		return scope.visible(followUps.clients(), client -> client);
	}

	/**
	 * Applies a change: status, owner and note when given (null leaves a field as it is, an empty owner or note
	 * clears it). Invalid input is refused before anything is read; a stale version changes nothing.
	 */
	@Transactional
	public FollowUp change(String id, Change change, String who) {
		change = validate(change);
		AlertStatus status = change.status() == null ? null : AlertStatus.valueOf(change.status());
		FollowUp current = get(id);
		if (current.version() != change.version()) {
			throw stale(current);
		}
		AlertStatus newStatus = status == null ? current.status() : status;
		String newOwner = change.owner() == null ? current.owner() : blankToNull(change.owner());
		String newNote = change.note() == null ? current.note() : blankToNull(change.note());
		Instant now = clock.instant();
		if (!followUps.update(id, change.version(), newStatus, newOwner, newNote, now)) {
			throw stale(get(id));
		}
		List<AlertChange> changes = new ArrayList<>();
		if (newStatus != current.status()) {
			changes.add(new AlertChange(now, who, "status", current.status().name(), newStatus.name()));
		}
		if (!Objects.equals(newOwner, current.owner())) {
			changes.add(new AlertChange(now, who, "owner", current.owner(), newOwner));
		}
		if (!Objects.equals(newNote, current.note())) {
			changes.add(new AlertChange(now, who, "note", current.note(), newNote));
		}
		followUps.addHistory(id, changes);
		return get(id);
	}

	/** The body of PATCH /api/alerts/{id} and of the page's form. */
	public record Change(String status, String owner, String note, Integer version) {
	}

	/** The change as it will be applied: every field checked where it enters, all problems named at once. */
	private static Change validate(Change change) {
		FieldErrors errors = new FieldErrors();
		AlertStatus status = errors.enumValue(change.status(), "/status", AlertStatus.class);
		// optionalText gives null for blank text: an owner or note sent empty is cleared, one left out stays
		String owner = change.owner() == null ? null : orEmpty(errors.optionalText(change.owner(), "/owner", OWNER_MAX));
		String note = change.note() == null ? null : orEmpty(errors.optionalText(change.note(), "/note", NOTE_MAX));
		if (change.version() == null) {
			errors.add("/version", "is required: the version you read");
		}
		errors.throwIfAny();
		return new Change(status == null ? null : status.name(), owner, note, change.version());
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	private static ConflictException stale(FollowUp current) {
		return new ConflictException("The alert was changed meanwhile (now version " + current.version()
				+ "); read it again and repeat your change.");
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
