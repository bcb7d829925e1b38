package eu.serviceaudit.advisor.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form and the start page, which sends each role to where its work is. */
@Controller
@Page
class HomeController {

	static final String LOGIN_VIEW = "login";

	@GetMapping("/login")
	String login(@org.springframework.web.bind.annotation.RequestParam(required = false) String retry, Model model) {
		// the seconds the throttle asked for; anything else in the address is ignored
		if (retry != null && retry.matches("[0-9]{1,4}")) {
			model.addAttribute("retrySeconds", Integer.parseInt(retry));
		}
		return LOGIN_VIEW;
	}

	/** A refused page: says so in the user's language and shows nothing else. */
	@RequestMapping("/forbidden")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(Model model) {
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		return "error";
	}

	@GetMapping("/")
	String home(Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		if (user.readsAnalyses()) {
			return "redirect:/analyses";
		}
		return "redirect:/kb";
	}

}
