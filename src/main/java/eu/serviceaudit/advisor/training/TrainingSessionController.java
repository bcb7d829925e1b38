package eu.serviceaudit.advisor.training;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/training-sessions}: create, read, replace (with version) and delete sessions. TRAINER and ADMIN. */
@Tag(name = "Training sessions")
@RestController
class TrainingSessionController {

	private final TrainingSessionService service;

	TrainingSessionController(TrainingSessionService service) {
		this.service = service;
	}

	@Operation(summary = "List training sessions",
			description = "Roles: ADMIN, TRAINER. Every session without its exercises, most recently changed first.")
	@GetMapping("/api/training-sessions")
	List<TrainingSession.Header> list() {
		return service.list();
	}

	@Operation(summary = "Create a training session",
			description = "Roles: ADMIN, TRAINER. Title, language, available minutes and exercise ids; answers 201 with "
					+ "the session at version 1.")
	@PostMapping("/api/training-sessions")
	ResponseEntity<TrainingSession> create(@RequestBody TrainingSessionInput input, Principal user) {
		TrainingSession session = service.create(input, user == null ? null : user.getName());
		return ResponseEntity.created(URI.create("/api/training-sessions/" + session.id())).body(session);
	}

	@Operation(summary = "Read a training session",
			description = "Roles: ADMIN, TRAINER. The session with its exercises in order.")
	@GetMapping("/api/training-sessions/{id}")
	TrainingSession show(@PathVariable String id) {
		return service.get(id);
	}

	@Operation(summary = "Replace a training session",
			description = "Roles: ADMIN, TRAINER. The whole session, quoting the version it was based on; 409 when it "
					+ "changed meanwhile.")
	@PutMapping("/api/training-sessions/{id}")
	TrainingSession replace(@PathVariable String id, @RequestBody TrainingSessionInput input) {
		return service.replace(id, input);
	}

	@Operation(summary = "Delete a training session",
			description = "Roles: ADMIN, TRAINER. Answers 204.")
	@DeleteMapping("/api/training-sessions/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		service.delete(id);
		return ResponseEntity.noContent().build();
	}

}
