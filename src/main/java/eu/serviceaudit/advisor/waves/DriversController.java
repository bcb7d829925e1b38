package eu.serviceaudit.advisor.waves;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.system.FieldError;
import eu.serviceaudit.advisor.system.InvalidRequestException;

@Tag(name = "Clients")
@RestController
class DriversController {

	static final int CLIENT_MAX = 300;

	static final int WAVE_MAX = 100;

	private final KeyDrivers drivers;

	DriversController(KeyDrivers drivers) {
		this.drivers = drivers;
	}

	@Operation(summary = "Key drivers of a client",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Importance x performance per criterion (LOCATION_CSAT or VISIT_OVERALL), with n and a caution below 5 pairs.")
	@GetMapping("/api/clients/{client}/drivers")
	KeyDrivers.Result drivers(@PathVariable String client, @RequestParam(required = false) String wave) {
		bounded(client, wave);
		return drivers.of(client, wave);
	}

	static void bounded(String client, String wave) {
		if (client.length() > CLIENT_MAX) {
			throw new InvalidRequestException(List.of(new FieldError("/path/client", "must be at most " + CLIENT_MAX + " characters")));
		}
		if (wave != null && wave.length() > WAVE_MAX) {
			throw new InvalidRequestException(List.of(new FieldError("/query/wave", "must be at most " + WAVE_MAX + " characters")));
		}
	}

}
