package eu.serviceaudit.advisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules folder compiles but fails the rules check (coverage, articles, conflicting rows, rules that never fire,
 * scenarios): it does not go live. Every problem names its file and line where it has one.
 */
public class RuleCheckFailedException extends RuleCompilationException {

	public RuleCheckFailedException(List<RuleError> problems) {
		super("The rules fail the check (" + problems.size() + " problem(s)):\n  "
				+ problems.stream().map(RuleError::toString).collect(Collectors.joining("\n  ")), problems);
	}

}
