package eu.serviceaudit.advisor.rules.fact;

import java.util.List;

import eu.serviceaudit.advisor.analysis.Severity;

/**
 * An observation that needs recovery within 48 hours. The reason is a message key ({@code analysis.alert.*}) with
 * its arguments, so the engine can word it in the audit's language. {@code response} is the index of the survey
 * response within its observation (-1 for a finding), so that every response raises its own alert.
 */
public record RecoveryAlert(Severity severity, String observationId, int response, String criterion,
		String reasonKey, List<String> reasonArguments) {

	public RecoveryAlert {
		reasonArguments = List.copyOf(reasonArguments);
	}

	public static RecoveryAlert forResponse(Severity severity, String observationId, int response, String reasonKey,
			String... arguments) {
		return new RecoveryAlert(severity, observationId, response, null, reasonKey, list(arguments));
	}

	public static RecoveryAlert forFinding(Severity severity, String observationId, String criterion,
			String reasonKey, String... arguments) {
		return new RecoveryAlert(severity, observationId, -1, criterion, reasonKey, list(arguments));
	}

	private static List<String> list(String... arguments) {
		return java.util.Arrays.stream(arguments).map(a -> a == null ? "" : a).toList();
	}

}
