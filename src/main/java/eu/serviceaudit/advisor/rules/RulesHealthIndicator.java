package eu.serviceaudit.advisor.rules;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** "rules": UP once a rule base is compiled and in service. */
@Component("rules")
class RulesHealthIndicator implements HealthIndicator {

	private final CurrentRuleBase rules;

	RulesHealthIndicator(CurrentRuleBase rules) {
		this.rules = rules;
	}

	@Override
	public Health health() {
		RuleBase ruleBase = rules.get();
		if (ruleBase == null) {
			return Health.down().withDetail("reason", "rules not compiled").build();
		}
		return Health.up().withDetail("version", ruleBase.version()).withDetail("rules", ruleBase.rules()).build();
	}

}
