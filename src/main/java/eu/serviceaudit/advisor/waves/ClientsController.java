package eu.serviceaudit.advisor.waves;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.system.FieldErrors;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.engagement.Engagements.Rhythm;
import eu.serviceaudit.advisor.engagement.Engagements.Settings;
import eu.serviceaudit.advisor.system.web.Paging;

/** Clients (engagements), their rhythm and which are due: read by consultants and managers, set by consultants. */
@Tag(name = "Clients")
@RestController
class ClientsController {

	static final int MANAGER_MAX = 50;

	private final Clients clients;

	ClientsController(Clients clients) {
		this.clients = clients;
	}

	@Operation(summary = "List clients and their re-audit rhythm",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Each client with its waves, its rhythm and whether the next wave is due or overdue.")
	@GetMapping("/api/clients")
	Paging.Listing<Clients.ClientView> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		Paging paging = Paging.of(limit, offset);
		Clients.DueStatus wanted = null;
		if (status != null && !status.isBlank()) {
			wanted = Arrays.stream(Clients.DueStatus.values()).filter(s -> s.name().equals(status)).findFirst()
				.orElseThrow(() -> new InvalidRequestException("/query/status",
						"must be one of " + Arrays.toString(Clients.DueStatus.values())));
		}
		Clients.DueStatus filter = wanted;
		List<Clients.ClientView> all = clients.all().stream().filter(c -> filter == null || c.status() == filter).toList();
		return new Paging.Listing<>(all.size(),
				all.stream().skip(paging.offset()).limit(paging.limit()).toList());
	}

	@Operation(summary = "Set a client's re-audit rhythm",
			description = "Roles: ADMIN, CONSULTANT. Monthly, quarterly or a date, and the manager who follows the client.")
	@PutMapping("/api/clients/{client}/rhythm")
	Clients.ClientView rhythm(@PathVariable String client, @RequestBody RhythmInput input) {
		DriversController.bounded(client, null);
		return clients.set(client, input.validated());
	}

	/** {@code rhythm} MONTHLY, QUARTERLY, DATE (with {@code date}) or null for none; {@code manager} a user name. */
	record RhythmInput(String rhythm, String date, String manager) {

		Settings validated() {
			FieldErrors errors = new FieldErrors();
			Rhythm parsed = null;
			if (rhythm != null && !rhythm.isBlank()) {
				parsed = Arrays.stream(Rhythm.values()).filter(r -> r.name().equals(rhythm)).findFirst().orElse(null);
				if (parsed == null) {
					errors.add("/rhythm", "must be one of " + Arrays.toString(Rhythm.values()));
				}
			}
			LocalDate day = errors.date(date, "/date");
			if (parsed == Rhythm.DATE && day == null && errors.isEmpty()) {
				errors.add("/date", "is required when the rhythm is DATE");
			}
			String who = errors.optionalText(manager, "/manager", MANAGER_MAX);
			errors.throwIfAny();
			return new Settings(parsed, parsed == Rhythm.DATE ? day : null, who);
		}

	}

}
