package eu.serviceaudit.advisor.rules.fact;

import java.util.Collection;
import java.util.List;

import eu.serviceaudit.advisor.audit.Finding;

/**
 * All findings of an audit as one fact. Rules read the findings from it with {@code from}: every finding with
 * {@code Finding( ... ) from $findings.all()}, the findings of one criterion with
 * {@code Finding( ... ) from $findings.ofCriterion( $code )}, those with a comment with
 * {@code from $findings.withComment()}. Inserting each finding as its own fact cost Drools a fact
 * handle, a propagation and an identity-map entry per finding, about 0.6 µs each, which made the engine 30 times
 * slower than a plain loop over the same findings (docs/performance.md, "Findings as one fact"). Read-only: a session
 * is filled once and fired.
 */
public final class Findings {

	private final List<Finding> all;

	private FindingsTally tally;

	private List<Finding> withComment;

	private Findings(List<Finding> all) {
		this.all = all;
	}

	public static Findings of(Collection<Finding> findings) {
		return new Findings(List.copyOf(findings));
	}

	/** Every finding, in the order of the audit. */
	public List<Finding> all() {
		return all;
	}

	/** How many findings the audit has. */
	public int count() {
		return all.size();
	}

	/** The findings that assessed {@code criterion}, in the order of the audit. */
	public List<Finding> ofCriterion(String criterion) {
		return tally().findingsOf(criterion);
	}

	/**
	 * The findings that carry a comment, in the order of the audit. Rules that read comments take them from here: a
	 * {@code from} costs Drools a fact handle and a match per element, and most findings carry none.
	 */
	public List<Finding> withComment() {
		if (withComment == null) {
			withComment = all.stream().filter(Finding::hasComment).toList();
		}
		return withComment;
	}

	/** The findings grouped by criterion and by location; made once, on first use. */
	public FindingsTally tally() {
		if (tally == null) {
			tally = FindingsTally.of(all);
		}
		return tally;
	}

	@Override
	public String toString() {
		return all.size() + " findings";
	}

}
