package eu.serviceaudit.advisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder does not compile; every error names its file and line. */
public class RuleCompilationException extends RuntimeException {

	private final List<RuleError> errors;

	public RuleCompilationException(List<RuleError> errors) {
		super("The rules do not compile (" + errors.size() + " error(s)):\n  "
				+ errors.stream().map(RuleError::toString).collect(Collectors.joining("\n  ")));
		this.errors = List.copyOf(errors);
	}

	public List<RuleError> errors() {
		return errors;
	}

}
