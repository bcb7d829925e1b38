package eu.serviceaudit.advisor.admin;

import java.time.Instant;
import java.util.List;

/** What the rule base page shows and does; implemented over the rules package's rule base in service. */
public interface RuleBaseAdmin {

	Status status();

	/** Recompiles the rules folder; on errors the old rule base stays and the errors are in the answer. */
	Reload reload();

	/** Runs the rules check on the folder as it is now, putting nothing in service; the problems, empty when none. */
	List<String> check();

	record Status(int rules, String version, String source, Instant loadedAt, List<String> lastErrors) {
	}

	record Reload(boolean succeeded, Status status, List<String> errors) {
	}

}
