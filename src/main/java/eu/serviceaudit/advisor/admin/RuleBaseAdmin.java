package eu.serviceaudit.advisor.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the rule base page shows and does; implemented over the rules package's published revisions. The records are
 * serializable: a reload's answer travels as a flash attribute in a session kept in the database.
 */
public interface RuleBaseAdmin {

	Status status();

	/**
	 * Publishes the rules folder as a new revision that every instance serves; on errors nothing is published, the
	 * rule base in service stays and the errors are in the answer.
	 */
	Reload reload(String by, String reason);

	/** Runs the rules check on the folder as it is now, putting nothing in service; the problems, empty when none. */
	List<String> check();

	/** Withdraws the revision in service so that the one before it is served again everywhere. */
	Rollback rollback(String by);

	/** The latest revisions, newest first. */
	List<Revision> revisions();

	/** The instances on this database and what each serves. */
	List<Instance> instances();

	record Status(int rules, String version, Integer revision, String source, Instant loadedAt,
			List<String> lastErrors) implements Serializable {
	}

	record Reload(boolean succeeded, Status status, List<String> errors) implements Serializable {
	}

	/** {@code revision} is the one served now; null when there was nothing to go back to. */
	record Rollback(Integer revision) implements Serializable {
	}

	record Revision(int revision, String version, int rules, String publishedBy, Instant publishedAt, String reason,
			boolean served, String withdrawnBy, Instant withdrawnAt, String withdrawnReason) implements Serializable {

		public boolean withdrawn() {
			return withdrawnAt != null;
		}

	}

	record Instance(String name, Integer revision, String version, Instant seenAt, boolean live, boolean self)
			implements Serializable {
	}

}
