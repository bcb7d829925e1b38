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

/** {@code /api/training-sessions}: create, read, replace (with version) and delete sessions. TRAINER and ADMIN. */
@RestController
class TrainingSessionController {

	private final TrainingSessionService service;

	TrainingSessionController(TrainingSessionService service) {
		this.service = service;
	}

	@GetMapping("/api/training-sessions")
	List<TrainingSession.Header> list() {
		return service.list();
	}

	@PostMapping("/api/training-sessions")
	ResponseEntity<TrainingSession> create(@RequestBody TrainingSessionInput input, Principal user) {
		TrainingSession session = service.create(input, user == null ? null : user.getName());
		return ResponseEntity.created(URI.create("/api/training-sessions/" + session.id())).body(session);
	}

	@GetMapping("/api/training-sessions/{id}")
	TrainingSession show(@PathVariable String id) {
		return service.get(id);
	}

	@PutMapping("/api/training-sessions/{id}")
	TrainingSession replace(@PathVariable String id, @RequestBody TrainingSessionInput input) {
		return service.replace(id, input);
	}

	@DeleteMapping("/api/training-sessions/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		service.delete(id);
		return ResponseEntity.noContent().build();
	}

}
