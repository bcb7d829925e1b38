package eu.serviceaudit.advisor.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.rules.CurrentRuleBase;
import eu.serviceaudit.advisor.rules.RuleBaseStatus;
import eu.serviceaudit.advisor.rules.RuleCompilationException;
import eu.serviceaudit.advisor.rules.RuleError;

/**
 * The rule base page over the rules package: what is in service, since when, and the problems of the last reload
 * (compile errors or the rules check's findings), whether it came from this page or from the API.
 */
@Component
class CurrentRuleBaseAdmin implements RuleBaseAdmin {

	private final CurrentRuleBase rules;

	CurrentRuleBaseAdmin(CurrentRuleBase rules) {
		this.rules = rules;
	}

	@Override
	public Status status() {
		RuleBaseStatus status = rules.status();
		List<RuleError> problems = status.lastReload() != null
				&& status.lastReload().outcome() == RuleBaseStatus.Outcome.REFUSED ? status.lastReload().errors()
						: status.problems();
		return new Status(status.rules(), status.version(), status.origin(), status.loadedAt(),
				problems.stream().map(RuleError::toString).toList());
	}

	@Override
	public List<String> check() {
		return rules.check().stream().map(RuleError::toString).toList();
	}

	@Override
	public synchronized Reload reload() {
		try {
			rules.reload();
			return new Reload(true, status(), List.of());
		}
		catch (RuleCompilationException failed) {
			return new Reload(false, status(), failed.errors().stream().map(RuleError::toString).toList());
		}
	}

}
