package eu.serviceaudit.advisor.rules;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.serviceaudit.advisor.system.InvalidRequestException;

/**
 * Reloads the rules folder (CONTRACT.md section 9) by publishing it as a new rule revision that every instance
 * serves; lists the revisions and the instances, and rolls back. ADMIN only, by the security rules of /api/admin/**.
 */
@RestController
class RulesAdminController {

	private final CurrentRuleBase rules;

	private final RuleRevisions revisions;

	RulesAdminController(CurrentRuleBase rules, RuleRevisions revisions) {
		this.rules = rules;
		this.revisions = revisions;
	}

	@PostMapping("/api/admin/rules/reload")
	ReloadResult reload(@RequestParam(required = false) String reason, Principal principal) {
		RuleBase reloaded = revisions.publishFolder(principal.getName(),
				reason(reason, "reload of " + rules.folder().origin()));
		return new ReloadResult(reloaded.rules(), reloaded.version());
	}

	/** Withdraws the revision in service; the one before it is served again by every instance. */
	@PostMapping("/api/admin/rules/rollback")
	RuleRevision rollback(@RequestParam(required = false) String reason, Principal principal) {
		return revisions.rollback(principal.getName(), reason(reason, "rollback"));
	}

	/** The rule base in service and how the last reload went. */
	@GetMapping("/api/admin/rules")
	RuleBaseStatus status() {
		return rules.status();
	}

	/** The latest revisions, newest first. */
	@GetMapping("/api/admin/rules/revisions")
	List<RuleRevision> revisions() {
		return revisions.revisions(100);
	}

	/** The instances on this database and the revision each serves. */
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
