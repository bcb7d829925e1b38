package eu.serviceaudit.advisor.rules;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reloads the rules folder (CONTRACT.md section 9); ADMIN only, by the security rules of /api/admin/**. */
@RestController
class RulesAdminController {

	private final CurrentRuleBase rules;

	RulesAdminController(CurrentRuleBase rules) {
		this.rules = rules;
	}

	@PostMapping("/api/admin/rules/reload")
	ReloadResult reload() {
		RuleBase reloaded = rules.reload();
		return new ReloadResult(reloaded.rules(), reloaded.version());
	}

	/** The rule base in service and how the last reload went. */
	@GetMapping("/api/admin/rules")
	RuleBaseStatus status() {
		return rules.status();
	}

	record ReloadResult(int rules, String version) {
	}

}
