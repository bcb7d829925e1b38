package eu.serviceaudit.advisor.rules;

import java.time.Instant;
import java.util.List;

/**
 * What the admin page shows about the rule base: the one in service (how many rules, its version, the published
 * revision it is, where it was read
 * from, since when, and the problems of the rules check it was started with despite them, normally none) and how the
 * last reload went (null before the first).
 */
public record RuleBaseStatus(int rules, String version, Integer revision, String origin, Instant loadedAt, List<RuleError> problems,
		LastReload lastReload) {

	public RuleBaseStatus {
		problems = List.copyOf(problems);
	}

	public enum Outcome {

		/** The new rule base compiled, passed the check and is in service. */
		RELOADED,
		/** The new rule base was refused; the one in service stayed. */
		REFUSED

	}

	/** One reload attempt: when, how it ended, the version it produced (null when refused) and the problems. */
	public record LastReload(Instant at, Outcome outcome, String version, List<RuleError> errors) {

		public LastReload {
			errors = List.copyOf(errors);
		}

	}

}
