package eu.serviceaudit.advisor.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.rules.CurrentRuleBase;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleCompilationException;
import eu.serviceaudit.advisor.rules.RuleError;

/** The rule base page over the rules package: what is in service, when it was loaded, the last reload's errors. */
@Component
class CurrentRuleBaseAdmin implements RuleBaseAdmin {

	private final CurrentRuleBase rules;

	private final Clock clock = Clock.systemUTC();

	private volatile Instant loadedAt;

	private volatile List<String> lastErrors = List.of();

	CurrentRuleBaseAdmin(CurrentRuleBase rules) {
		this.rules = rules;
		this.loadedAt = clock.instant();
	}

	@Override
	public Status status() {
		RuleBase base = rules.get();
		return new Status(base.rules(), base.version(), base.origin(), loadedAt, lastErrors);
	}

	@Override
	public synchronized Reload reload() {
		try {
			rules.reload();
			loadedAt = clock.instant();
			lastErrors = List.of();
			return new Reload(true, status(), List.of());
		}
		catch (RuleCompilationException failed) {
			lastErrors = failed.errors().stream().map(RuleError::toString).toList();
			return new Reload(false, status(), lastErrors);
		}
	}

}
