package eu.serviceaudit.advisor.rules.check;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.rules.CurrentRuleBase;

/**
 * {@code POST /api/admin/rules/check} (ADMIN): runs the rules check on the rules folder as it is on disk now, without
 * putting anything in service, and answers the whole report (problems, coverage table, scenarios).
 */
@Tag(name = "Rules administration")
@RestController
class RulesCheckController {

	private final CurrentRuleBase rules;

	private final RulesCheckValidator validator;

	RulesCheckController(CurrentRuleBase rules, RulesCheckValidator validator) {
		this.rules = rules;
		this.validator = validator;
	}

	@Operation(summary = "Check the rules folder",
			description = "Roles: ADMIN. Runs the rules check on the folder as it is on disk now, without putting anything"
					+ " in service: problems, coverage table, scenarios.")
	@PostMapping("/api/admin/rules/check")
	CheckReport check() {
		return validator.check().check(rules.folder());
	}

}
