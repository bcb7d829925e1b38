package eu.serviceaudit.advisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder does not compile; every error names its file and line. */
public class RuleCompilationException extends RuntimeException {

	private final List<RuleError> errors;

	public RuleCompilationException(List<RuleError> errors) {
		this("The rules do not compile (" + errors.size() + " error(s)):\n  "
				+ errors.stream().map(RuleError::toString).collect(Collectors.joining("\n  ")), errors);
	}

	protected RuleCompilationException(String message, List<RuleError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public List<RuleError> errors() {
		return errors;
	}

}
