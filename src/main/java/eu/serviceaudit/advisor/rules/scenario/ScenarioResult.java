package eu.serviceaudit.advisor.rules.scenario;

import java.util.List;
import java.util.Set;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.rules.RuleError;

/**
 * One scenario run: every mismatch between what was expected and what the analysis shows (file and line of the
 * expectation), the names of the rules that fired, and the analysis itself (null when the audit was refused).
 */
public record ScenarioResult(String file, String name, List<RuleError> failures, Set<String> firedRules,
		Analysis analysis) {

	public ScenarioResult {
		failures = List.copyOf(failures);
		firedRules = Set.copyOf(firedRules);
	}

	public boolean passed() {
		return failures.isEmpty();
	}

}
