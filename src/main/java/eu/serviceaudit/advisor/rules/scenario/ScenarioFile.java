package eu.serviceaudit.advisor.rules.scenario;

import java.util.List;

import eu.serviceaudit.advisor.rules.RuleError;

/** A scenario file as read: the scenario, or (scenario null) the problems with its file and line. */
public record ScenarioFile(String file, Scenario scenario, List<RuleError> problems) {

	public ScenarioFile {
		problems = List.copyOf(problems);
	}

	public boolean readable() {
		return scenario != null;
	}

}
