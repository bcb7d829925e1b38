package eu.serviceaudit.advisor.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.serviceaudit.advisor.system.database.DatabaseBackups;
import eu.serviceaudit.advisor.system.web.Page;

/** The backups of the embedded database and a button that makes one now. ADMIN only. */
@Controller
@Page
class BackupsPageController {

	static final String BACKUPS_VIEW = "admin/backups";

	private final DatabaseBackups backups;

	BackupsPageController(DatabaseBackups backups) {
		this.backups = backups;
	}

	@GetMapping("/admin/backups")
	String list(Model model) {
		model.addAttribute("supported", backups.supported());
		model.addAttribute("backups", backups.supported() ? backups.list() : java.util.List.of());
		model.addAttribute("folder", backups.folder().toAbsolutePath().toString());
		return BACKUPS_VIEW;
	}

	@PostMapping("/admin/backups")
	String create(RedirectAttributes redirect) {
		if (!backups.supported()) {
			redirect.addFlashAttribute("problem", "admin.backups.notEmbedded");
			return "redirect:/admin/backups";
		}
		redirect.addFlashAttribute("created", backups.create().name());
		return "redirect:/admin/backups";
	}

}
