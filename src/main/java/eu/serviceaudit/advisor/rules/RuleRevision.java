package eu.serviceaudit.advisor.rules;

import java.io.Serializable;
import java.time.Instant;

/**
 * One published revision of the rules: its number, the rule base version (content hash) it compiles to, who published
 * it, when and why, the folder it came from, and whether a rollback withdrew it (then by whom, when and why).
 */
public record RuleRevision(int revision, String version, int rules, String publishedBy, Instant publishedAt,
		String reason, String origin, String withdrawnBy, Instant withdrawnAt, String withdrawnReason)
		implements Serializable {

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

}
