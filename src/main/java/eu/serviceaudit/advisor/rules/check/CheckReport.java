package eu.serviceaudit.advisor.rules.check;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.rules.scenario.ScenarioResult;

/**
 * What the rules check found in a rules folder: the problems that keep it from going live (empty when it may), the
 * coverage table (null when the rules did not compile), each scenario's outcome, and the rules no run fired.
 *
 * @param version the content hash of the rule files, the {@code rulesVersion} analyses will record
 * @param rules how many rules the folder compiles to (0 when it does not compile)
 */
public record CheckReport(String origin, String version, int rules, List<RuleError> problems, Coverage coverage,
		List<ScenarioSummary> scenarios, List<String> neverFired) {

	public CheckReport {
		problems = List.copyOf(problems);
		scenarios = List.copyOf(scenarios);
		neverFired = List.copyOf(neverFired);
	}

	@JsonProperty("passed")
	public boolean passed() {
		return problems.isEmpty();
	}

	/** One scenario file: passed or not, and why not. */
	public record ScenarioSummary(String file, String name, boolean passed, List<RuleError> failures) {

		static ScenarioSummary of(ScenarioResult result) {
			return new ScenarioSummary(result.file(), result.name(), result.passed(), result.failures());
		}

	}

}
