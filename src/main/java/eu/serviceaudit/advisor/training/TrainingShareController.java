package eu.serviceaudit.advisor.training;

import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A consultant (or admin) shares an analysis with the trainers: by the API and by a button on the analysis page. */
@Controller
class TrainingShareController {

	private final TrainingShares shares;

	TrainingShareController(TrainingShares shares) {
		this.shares = shares;
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Share an analysis with the trainers",
			description = "Roles: ADMIN, CONSULTANT. From then on trainers see its client, wave and weak criteria in "
					+ "the training session builder; 204, again is fine, 404 for an unknown id.")
	@PostMapping("/api/analyses/{id}/training-share")
	@ResponseBody
	ResponseEntity<Void> shareByApi(@PathVariable String id, Principal user) {
		shares.share(id, user.getName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/analyses/{id}/training-share")
	String shareByPage(@PathVariable String id, Principal user, RedirectAttributes redirect) {
		shares.share(id, user.getName());
		redirect.addFlashAttribute("sharedForTraining", true);
		return "redirect:/analyses/" + id;
	}

}
