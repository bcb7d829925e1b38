package eu.serviceaudit.advisor.admin;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.serviceaudit.advisor.system.security.Roles;
import eu.serviceaudit.advisor.system.web.Page;

/** Users and roles: list, create, disable or enable, reset a password. ADMIN only. */
@Controller
@Page
class UsersPageController {

	static final String USERS_VIEW = "admin/users";

	private final UserAccounts accounts;

	UsersPageController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("accounts", accounts.list());
		model.addAttribute("roles", Roles.ALL);
		return USERS_VIEW;
	}

	@PostMapping("/admin/users")
	String create(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
			@RequestParam(required = false) String role, RedirectAttributes redirect) {
		return apply(() -> accounts.create(username, password, role), "admin.users.created", username, redirect);
	}

	@PostMapping("/admin/users/{username}/enabled")
	String enable(@PathVariable String username, @RequestParam boolean enabled, Principal acting,
			RedirectAttributes redirect) {
		return apply(() -> accounts.setEnabled(username, enabled, acting.getName()), "admin.users.updated", username,
				redirect);
	}

	@PostMapping("/admin/users/{username}/role")
	String changeRole(@PathVariable String username, @RequestParam(required = false) String role, Principal acting,
			RedirectAttributes redirect) {
		return apply(() -> accounts.setRole(username, role, acting.getName()), "pages.users.roleChanged", username,
				redirect);
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
			RedirectAttributes redirect) {
		return apply(() -> accounts.resetPassword(username, password), "admin.users.updated", username, redirect);
	}

	private static String apply(Runnable change, String doneKey, String username, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("done", doneKey);
			redirect.addFlashAttribute("doneUser", username);
		}
		catch (UserAccounts.RefusedException refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/admin/users";
	}

}
