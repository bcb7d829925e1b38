package eu.serviceaudit.advisor.rules;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.system.InvalidRequestException;

/**
 * Reloads the rules folder (CONTRACT.md section 9) by publishing it as a new rule revision that every instance
 * serves; lists the revisions and the instances, and rolls back. ADMIN only, by the security rules of /api/admin/**.
 */
@Tag(name = "Rules administration")
@RestController
class RulesAdminController {

	private final CurrentRuleBase rules;

	private final RuleRevisions revisions;

	RulesAdminController(CurrentRuleBase rules, RuleRevisions revisions) {
		this.rules = rules;
		this.revisions = revisions;
	}

	@Operation(summary = "Reload the rules",
			description = "Roles: ADMIN. Compiles and checks the rules folder (with its scenarios) and publishes it as a "
					+ "new rule revision, with the optional reason and the admin's name; this instance serves it at once, "
					+ "every other instance on the database within seconds. Rules equal to the newest revision publish "
					+ "nothing new. A rule base that fails keeps the one in service and answers 422.")
	@PostMapping("/api/admin/rules/reload")
	ReloadResult reload(@RequestParam(required = false) String reason, Principal principal) {
		RuleBase reloaded = revisions.publishFolder(principal.getName(),
				reason(reason, "reload of " + rules.folder().origin()));
		return new ReloadResult(reloaded.rules(), reloaded.version());
	}

	/** Withdraws the revision in service; the one before it is served again by every instance. */
	@Operation(summary = "Roll back the rules",
			description = "Roles: ADMIN. Withdraws the rule revision in service, with the optional reason; the one "
					+ "before it is served again by every instance. 409 when there is no earlier revision.")
	@PostMapping("/api/admin/rules/rollback")
	RuleRevision rollback(@RequestParam(required = false) String reason, Principal principal) {
		return revisions.rollback(principal.getName(), reason(reason, "rollback"));
	}

	/** The rule base in service and how the last reload went. */
	@Operation(summary = "Rule base status",
			description = "Roles: ADMIN. The rule base in service and how the last reload went.")
	@GetMapping("/api/admin/rules")
	RuleBaseStatus status() {
		return rules.status();
	}

	/** The latest revisions, newest first. */
	@Operation(summary = "Rule revisions", description = "Roles: ADMIN. The latest 100 revisions, newest first, "
			+ "with who published each, when and why, and who withdrew it.")
	@GetMapping("/api/admin/rules/revisions")
	List<RuleRevision> revisions() {
		return revisions.revisions(100);
	}

	/** The instances on this database and the revision each serves. */
	@Operation(summary = "Instances", description = "Roles: ADMIN. The instances on this database heard from in the "
			+ "last hour, the revision each serves and whether it is still reporting.")
	@GetMapping("/api/admin/rules/instances")
	List<ServingInstance> instances() {
		return revisions.instances();
	}

	private static String reason(String given, String otherwise) {
		if (given == null || given.isBlank()) {
			return otherwise;
		}
		if (given.length() > RuleRevisions.MAX_REASON) {
			throw new InvalidRequestException("/reason",
					"must have at most " + RuleRevisions.MAX_REASON + " characters, it has " + given.length());
		}
		return given.strip();
	}

	record ReloadResult(int rules, String version) {
	}

}
