package eu.serviceaudit.advisor.alerts;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.analysis.AlertKind;
import eu.serviceaudit.advisor.system.FieldError;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.web.Paging;

/** The alert worklist (CONTRACT.md section 11): read by consultants and managers, changed by both. */
@Tag(name = "Alerts")
@RestController
class AlertController {

	static final int TEXT_PARAMETER_MAX = 300;

	private final AlertWork work;

	AlertController(AlertWork work) {
		this.work = work;
	}

	@Operation(summary = "List alerts to follow up",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Alerts of every analysis, earliest due first; filter by client, status, kind and location; limit and offset page the list.")
	@GetMapping("/api/alerts")
	Paging.Listing<FollowUp.AlertItem> list(@RequestParam(required = false) String client,
			@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String location, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset) {
		Paging paging = Paging.of(limit, offset);
		AlertFilter filter = filter(client, status, kind, location);
		AlertWork.Listing listing = work.list(filter, paging.limit(), paging.offset());
		return new Paging.Listing<>(listing.total(), listing.items().stream().map(FollowUp::item).toList());
	}

	@Operation(summary = "Read one alert",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Its status, owner, note, due date and version.")
	@GetMapping("/api/alerts/{id}")
	FollowUp.AlertItem show(@PathVariable String id) {
		return work.get(id).item();
	}

	@Operation(summary = "Follow up an alert",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Status (OPEN, CONTACTED, RESOLVED, NOT_REACHABLE), owner and note, quoting the version; 409 when it changed meanwhile.")
	@PatchMapping("/api/alerts/{id}")
	FollowUp.AlertItem change(@PathVariable String id, @RequestBody AlertWork.Change change, Principal who) {
		return work.change(id, change, who.getName()).item();
	}

	/** Unknown values are refused (422) rather than answered with an empty list that looks like good news. */
	static AlertFilter filter(String client, String status, String kind, String location) {
		List<FieldError> errors = new ArrayList<>();
		AlertStatus parsedStatus = null;
		if (blank(status) == null) {
			status = null;
		}
		else {
			parsedStatus = AlertStatus.parse(status).orElse(null);
			if (parsedStatus == null) {
				errors.add(new FieldError("/query/status", "must be one of " + Arrays.toString(AlertStatus.values())));
			}
		}
		AlertKind parsedKind = null;
		if (blank(kind) != null) {
			parsedKind = Arrays.stream(AlertKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
			if (parsedKind == null) {
				errors.add(new FieldError("/query/kind", "must be one of " + Arrays.toString(AlertKind.values())));
			}
		}
		if (client != null && client.length() > TEXT_PARAMETER_MAX) {
			errors.add(new FieldError("/query/client", "must be at most " + TEXT_PARAMETER_MAX + " characters"));
		}
		if (location != null && location.length() > TEXT_PARAMETER_MAX) {
			errors.add(new FieldError("/query/location", "must be at most " + TEXT_PARAMETER_MAX + " characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return new AlertFilter(blank(client), parsedStatus, parsedKind, blank(location), false);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
