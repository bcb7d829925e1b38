package eu.serviceaudit.advisor.training;

import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;

/** A consultant (or admin) shares an analysis with the trainers: by the API and by a button on the analysis page. */
@Controller
class TrainingShareController {

	private final TrainingShares shares;

	TrainingShareController(TrainingShares shares) {
		this.shares = shares;
	}

	@Operation(summary = "Share an analysis with the trainers",
			description = "Roles: ADMIN, CONSULTANT. Lets trainers build sessions from the analysis's weak criteria; "
					+ "answers 204.")
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
