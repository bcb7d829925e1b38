package eu.serviceaudit.advisor.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.rules.CurrentRuleBase;
import eu.serviceaudit.advisor.rules.RuleBaseStatus;
import eu.serviceaudit.advisor.rules.RuleCompilationException;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.rules.RuleRevisions;
import eu.serviceaudit.advisor.system.web.ConflictException;

/**
 * The rule base page over the rules package: what is in service, since when, the problems of the last reload
 * (compile errors or the rules check's findings, whether it came from this page or from the API), the published
 * revisions and the instances serving them.
 */
@Component
class CurrentRuleBaseAdmin implements RuleBaseAdmin {

	private final CurrentRuleBase rules;

	private final RuleRevisions revisions;

	CurrentRuleBaseAdmin(CurrentRuleBase rules, RuleRevisions revisions) {
		this.rules = rules;
		this.revisions = revisions;
	}

	@Override
	public Status status() {
		RuleBaseStatus status = rules.status();
		List<RuleError> problems = status.lastReload() != null
				&& status.lastReload().outcome() == RuleBaseStatus.Outcome.REFUSED ? status.lastReload().errors()
						: status.problems();
		return new Status(status.rules(), status.version(), status.revision(), status.origin(), status.loadedAt(),
				problems.stream().map(RuleError::toString).toList());
	}

	@Override
	public List<String> check() {
		return rules.check().stream().map(RuleError::toString).toList();
	}

	@Override
	public Reload reload(String by, String reason) {
		try {
			revisions.publishFolder(by, reason);
			return new Reload(true, status(), List.of());
		}
		catch (RuleCompilationException failed) {
			return new Reload(false, status(), failed.errors().stream().map(RuleError::toString).toList());
		}
	}

	@Override
	public Rollback rollback(String by) {
		try {
			return new Rollback(revisions.rollback(by, "rollback from the rule base page").revision());
		}
		catch (ConflictException nothingEarlier) {
			return new Rollback(null);
		}
	}

	@Override
	public List<Revision> revisions() {
		Integer served = rules.revision();
		return revisions.revisions(50)
			.stream()
			.map(r -> new Revision(r.revision(), r.version(), r.rules(), r.publishedBy(), r.publishedAt(), r.reason(),
					served != null && served == r.revision(), r.withdrawnBy(), r.withdrawnAt(), r.withdrawnReason()))
			.toList();
	}

	@Override
	public List<Instance> instances() {
		String self = revisions.instance();
		return revisions.instances()
			.stream()
			.map(i -> new Instance(i.instance(), i.revision(), i.version(), i.seenAt(), i.live(),
					i.instance().equals(self)))
			.toList();
	}

}
