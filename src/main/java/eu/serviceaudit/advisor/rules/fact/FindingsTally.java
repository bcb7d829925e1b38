package eu.serviceaudit.advisor.rules.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import eu.serviceaudit.advisor.audit.Finding;

/**
 * The findings of an audit grouped by criterion and by location, each group in the order the findings were inserted,
 * with its count and score sum, and the count and sum of all. The rules compute the figures of criteria and locations
 * from it (patterns/criterion-figures.drl, diagnoses/local.drl, diagnoses/location-leadership.drl). It is made in one
 * pass over the findings ({@link Findings#tally()}): with one accumulate per figure, the session kept one match per
 * finding for every figure, and a big audit's live set grew several times over.
 */
public final class FindingsTally {

	private final Map<String, Group> byCriterion = new HashMap<>();

	private final Map<String, Group> byLocation = new HashMap<>();

	private int findings;

	private double sum;

	/** The tally of these findings, grouped in their order. */
	public static FindingsTally of(List<Finding> findings) {
		FindingsTally tally = new FindingsTally();
		// an observation's findings come one after the other and share its location: look it up once for them
		String location = null;
		Group atLocation = null;
		for (Finding finding : findings) {
			double score = finding.normalisedScore();
			tally.findings++;
			tally.sum += score;
			tally.byCriterion.computeIfAbsent(finding.criterion(), k -> new Group()).add(finding, score);
			if (finding.locationId() != null) {
				if (!finding.locationId().equals(location)) {
					location = finding.locationId();
					atLocation = tally.byLocation.computeIfAbsent(location, k -> new Group());
				}
				atLocation.add(finding, score);
			}
		}
		return tally;
	}

	/** How many findings the audit has. */
	public int findings() {
		return findings;
	}

	/** The sum of the normalised scores of all findings. */
	public double sum() {
		return sum;
	}

	/** How many findings assessed {@code criterion}. */
	public int countOf(String criterion) {
		Group group = byCriterion.get(criterion);
		return group == null ? 0 : group.findings.size();
	}

	/** The sum of the normalised scores of the findings of {@code criterion}. */
	public double sumOf(String criterion) {
		Group group = byCriterion.get(criterion);
		return group == null ? 0.0 : group.sum;
	}

	/** The findings of {@code criterion}, in their order. */
	public List<Finding> findingsOf(String criterion) {
		Group group = byCriterion.get(criterion);
		return group == null ? List.of() : group.findings;
	}

	/** How many findings were made at {@code location}. */
	public int countAt(String location) {
		Group group = byLocation.get(location);
		return group == null ? 0 : group.findings.size();
	}

	/** The count and score sum of the findings made at {@code location}. */
	public LocationFindings findingsAt(String location) {
		Group group = byLocation.get(location);
		return group == null ? new LocationFindings(location, 0, 0.0)
				: new LocationFindings(location, group.findings.size(), group.sum);
	}

	/** The criteria that failed (scored below {@code failLine}) at {@code location}, and how many findings failed. */
	public LocationFailures failuresAt(String location, double failLine) {
		Group group = byLocation.get(location);
		// LocationFailures sorts them once
		Set<String> criteria = new HashSet<>();
		int failures = 0;
		if (group != null) {
			for (Finding finding : group.findings) {
				if (finding.normalisedScore() < failLine) {
					criteria.add(finding.criterion());
					failures++;
				}
			}
		}
		return LocationFailures.of(location, criteria, failures);
	}

	private static final class Group {

		final List<Finding> findings = new ArrayList<>();

		double sum;

		void add(Finding finding, double score) {
			findings.add(finding);
			sum += score;
		}

	}

}
