package eu.serviceaudit.advisor.admin;

import java.security.Principal;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.InvalidKnowledgeBaseException;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.system.web.Page;

/**
 * The rule base in service, its last reload, a reload that publishes a revision, the revisions with a rollback, and
 * the instances serving them; the knowledge base beside it. ADMIN only.
 */
@Controller
@Page
class RulesPageController {

	static final String RULES_VIEW = "admin/rules";

	/** The reason column of a revision. */
	static final int MAX_REASON = 500;

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
		List<RuleBaseAdmin.Revision> revisions = admin == null ? List.of() : admin.revisions();
		model.addAttribute("revisions", revisions);
		model.addAttribute("canRollBack", revisions.stream().filter(r -> !r.withdrawn()).count() >= 2);
		model.addAttribute("instances", admin == null ? List.of() : admin.instances());
		model.addAttribute("maxReason", MAX_REASON);
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

	/** Publishes the rules folder as a new revision, with the reason given (optional, at most 500 characters). */
	@PostMapping("/admin/rules/reload")
	String reload(@RequestParam(required = false) String reason, Principal principal, RedirectAttributes redirect) {
		RuleBaseAdmin admin = rules.getIfAvailable();
		if (reason != null && reason.length() > MAX_REASON) {
			redirect.addFlashAttribute("reasonTooLong", true);
			return "redirect:/admin/rules";
		}
		if (admin != null) {
			String why = reason == null || reason.isBlank() ? "reload from the rule base page" : reason.strip();
			RuleBaseAdmin.Reload reload = admin.reload(principal.getName(), why);
			redirect.addFlashAttribute("reload", reload);
		}
		return "redirect:/admin/rules";
	}

	/** One click: the revision before the one in service is served again by every instance. */
	@PostMapping("/admin/rules/rollback")
	String rollback(Principal principal, RedirectAttributes redirect) {
		RuleBaseAdmin admin = rules.getIfAvailable();
		if (admin != null) {
			redirect.addFlashAttribute("rollback", admin.rollback(principal.getName()));
		}
		return "redirect:/admin/rules";
	}

}
