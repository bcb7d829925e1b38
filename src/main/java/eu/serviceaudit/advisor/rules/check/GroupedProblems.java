package eu.serviceaudit.advisor.rules.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.serviceaudit.advisor.rules.RuleError;

/**
 * Collects the same problem found for many criteria as one problem naming them all: one broken row reads as one
 * line of the report, not thirty.
 */
final class GroupedProblems {

	private final Map<String, Group> groups = new LinkedHashMap<>();

	/** {@code message} holds one {@code %s}, where the criteria go. */
	void add(String check, String file, int line, String criterion, String message) {
		groups.computeIfAbsent(check + "\u0000" + file + "\u0000" + line + "\u0000" + message,
				key -> new Group(check, file, line, message))
			.criteria()
			.add(criterion);
	}

	List<RuleError> problems() {
		List<RuleError> problems = new ArrayList<>();
		for (Group group : groups.values()) {
			problems.add(new RuleError(group.check(), group.file(), group.line(),
					group.message().replace("%s", String.join(", ", group.criteria()))));
		}
		return problems;
	}

	private record Group(String check, String file, int line, String message, Set<String> criteria) {

		Group(String check, String file, int line, String message) {
			this(check, file, line, message, new LinkedHashSet<>());
		}

	}

}
