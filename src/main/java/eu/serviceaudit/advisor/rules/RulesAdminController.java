package eu.serviceaudit.advisor.rules;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reloads the rules folder (CONTRACT.md section 9); ADMIN only, by the security rules of /api/admin/**. */
@Tag(name = "Rules administration")
@RestController
class RulesAdminController {

	private final CurrentRuleBase rules;

	RulesAdminController(CurrentRuleBase rules) {
		this.rules = rules;
	}

	@Operation(summary = "Reload the rules",
			description = "Roles: ADMIN. Compiles and checks the rules folder and puts it in service; a rule base that "
					+ "fails keeps the one in service and answers 422.")
	@PostMapping("/api/admin/rules/reload")
	ReloadResult reload() {
		RuleBase reloaded = rules.reload();
		return new ReloadResult(reloaded.rules(), reloaded.version());
	}

	/** The rule base in service and how the last reload went. */
	@Operation(summary = "Rule base status",
			description = "Roles: ADMIN. The rule base in service and how the last reload went.")
	@GetMapping("/api/admin/rules")
	RuleBaseStatus status() {
		return rules.status();
	}

	record ReloadResult(int rules, String version) {
	}

}
