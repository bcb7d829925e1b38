package eu.serviceaudit.advisor.admin;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;


import eu.serviceaudit.advisor.system.database.DatabaseBackups;
import eu.serviceaudit.advisor.system.web.Problems;

/** Online backups of the embedded database (ADMIN, by the API's security rules for {@code /api/admin/**}). */
@Tag(name = "Administration")
@RestController
class BackupsController {

	private final DatabaseBackups backups;

	BackupsController(DatabaseBackups backups) {
		this.backups = backups;
	}

	@Operation(summary = "Back up the embedded database",
			description = "Roles: ADMIN. An online backup of the H2 database into the data folder.")
	@PostMapping("/api/admin/backups")
	ResponseEntity<DatabaseBackups.Backup> create() {
		DatabaseBackups.Backup backup = backups.create();
		return ResponseEntity.created(URI.create("/api/admin/backups")).body(backup);
	}

	@Operation(summary = "List database backups",
			description = "Roles: ADMIN. The backups in the data folder, newest first.")
	@GetMapping("/api/admin/backups")
	List<DatabaseBackups.Backup> list() {
		return backups.list();
	}

	@ExceptionHandler(DatabaseBackups.NotEmbeddedException.class)
	ResponseEntity<ProblemDetail> notEmbedded(DatabaseBackups.NotEmbeddedException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.CONFLICT, "backup-not-embedded", ex.getMessage()));
	}

}
