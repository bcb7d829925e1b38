package eu.serviceaudit.advisor.admin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.InvalidKnowledgeBaseException;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.system.web.Page;

/** The rule base in service, its last reload and a reload button; the knowledge base beside it. ADMIN only. */
@Controller
@Page
class RulesPageController {

	static final String RULES_VIEW = "admin/rules";

	private final ObjectProvider<RuleBaseAdmin> rules;

	private final CurrentKnowledgeBase knowledge;

	RulesPageController(ObjectProvider<RuleBaseAdmin> rules, CurrentKnowledgeBase knowledge) {
		this.rules = rules;
		this.knowledge = knowledge;
	}

	@GetMapping("/admin/rules")
	String status(Model model) {
		RuleBaseAdmin admin = rules.getIfAvailable();
		model.addAttribute("available", admin != null);
		model.addAttribute("status", admin == null ? null : admin.status());
		model.addAttribute("kbArticles", knowledge.get().all().size());
		model.addAttribute("kbVersion", knowledge.get().version());
		model.addAttribute("kbSource", knowledge.folder().origin());
		return RULES_VIEW;
	}

	@PostMapping("/admin/rules/check")
	String check(RedirectAttributes redirect) {
		RuleBaseAdmin admin = rules.getIfAvailable();
		if (admin != null) {
			redirect.addFlashAttribute("checkProblems", admin.check());
		}
		return "redirect:/admin/rules";
	}

	/** Reloads the knowledge base; an invalid folder is refused with its problems and the old one stays in service. */
	@PostMapping("/admin/knowledge/reload")
	String reloadKnowledge(RedirectAttributes redirect) {
		try {
			KnowledgeBase fresh = knowledge.reload();
			redirect.addFlashAttribute("kbReloaded", fresh.all().size());
		}
		catch (InvalidKnowledgeBaseException invalid) {
			redirect.addFlashAttribute("kbProblems", invalid.problems().stream().map(Object::toString).toList());
		}
		return "redirect:/admin/rules";
	}

	@PostMapping("/admin/rules/reload")
	String reload(RedirectAttributes redirect) {
		RuleBaseAdmin admin = rules.getIfAvailable();
		if (admin != null) {
			RuleBaseAdmin.Reload reload = admin.reload();
			redirect.addFlashAttribute("reload", reload);
		}
		return "redirect:/admin/rules";
	}

}
