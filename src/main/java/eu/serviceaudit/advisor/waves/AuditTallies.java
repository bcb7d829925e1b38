package eu.serviceaudit.advisor.waves;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.analysis.AuditPreparation;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.Observation;
import eu.serviceaudit.advisor.audit.SurveyResponse;

/**
 * The wave figures of an audit that depend on the audit alone (per criterion, per location and criterion, per
 * location, and the summary's counts): summed up while the rules run ({@link AuditPreparation}), so that storing the
 * analysis only writes them (docs/performance.md, issue 10).
 */
@Component
class AuditTallies implements AuditPreparation<AuditTallies.Tallied> {

	/**
	 * What {@link WaveFigures#write} stores of an audit besides its analysis.
	 *
	 * @param criteria per criterion, in code order
	 * @param locationCriteria per location (in the order the audit first names them), then per criterion (likewise)
	 * @param locations per location, in the order the audit first names them
	 * @param latestObservation the date of the latest dated observation, null when none has a date
	 * @param recommend the survey's recommendation answers (0–10), in the audit's order
	 */
	record Tallied(Map<String, Figures> criteria, Map<String, Map<String, Figures>> locationCriteria,
			Map<String, LocationFigures> locations, int observations, int findings, int responses,
			LocalDate latestObservation, List<Integer> recommend) {
	}

	@Override
	public Tallied prepare(Audit audit) {
		// one running tally per key, added to in the audit's order (the same sums as before, to the last bit): two
		// records and a key list per finding made this a tenth of a large audit's request (docs/performance.md, issue 10)
		Map<String, Tally> criteria = new HashMap<>();
		Map<String, Map<String, Tally>> locationCriteria = new LinkedHashMap<>();
		Map<String, LocationTally> locations = new LinkedHashMap<>();
		Map<String, String> names = new HashMap<>();
		audit.locations().forEach(l -> names.put(l.id(), l.name()));
		int findings = 0;
		int responses = 0;
		LocalDate latest = null;
		List<Integer> recommend = new ArrayList<>();
		for (Observation o : audit.observations()) {
			if (o.date() != null && (latest == null || o.date().isAfter(latest))) {
				latest = o.date();
			}
			String location = o.locationId();
			Map<String, Tally> atLocation = location == null ? null
					: locationCriteria.computeIfAbsent(location, l -> new LinkedHashMap<>());
			LocationTally here = location == null ? null
					: locations.computeIfAbsent(location, l -> new LocationTally(names.get(l)));
			for (Finding f : o.findings()) {
				findings++;
				double score = f.normalisedScore();
				criteria.computeIfAbsent(f.criterion(), c -> new Tally()).add(score);
				if (here != null) {
					atLocation.computeIfAbsent(f.criterion(), c -> new Tally()).add(score);
					here.findings.add(score);
				}
			}
			for (SurveyResponse r : o.responses()) {
				responses++;
				if (r.recommend() != null) {
					recommend.add(r.recommend());
				}
			}
			if (here != null) {
				here.observations++;
				for (SurveyResponse r : o.responses()) {
					if (r.satisfaction() != null) {
						here.answers++;
						here.satisfied += r.satisfaction() >= 4 ? 1 : 0;
					}
				}
			}
		}
		Map<String, Figures> byCriterion = new TreeMap<>();
		criteria.forEach((criterion, t) -> byCriterion.put(criterion, t.figures()));
		Map<String, Map<String, Figures>> byLocationCriterion = new LinkedHashMap<>();
		locationCriteria.forEach((location, tallies) -> {
			Map<String, Figures> here = new LinkedHashMap<>();
			tallies.forEach((criterion, t) -> here.put(criterion, t.figures()));
			byLocationCriterion.put(location, Collections.unmodifiableMap(here));
		});
		Map<String, LocationFigures> byLocation = new LinkedHashMap<>();
		locations.forEach((location, l) -> byLocation.put(location, new LocationFigures(location, l.name,
				l.observations, l.findings.figures(), l.answers, l.satisfied)));
		return new Tallied(Collections.unmodifiableMap(byCriterion), Collections.unmodifiableMap(byLocationCriterion),
				Collections.unmodifiableMap(byLocation), audit.observations().size(), findings, responses, latest,
				List.copyOf(recommend));
	}

	/** {@link Figures} being summed up: {@code add} does what {@link Figures#plus} does, in place. */
	private static final class Tally {

		int n;

		double sum;

		double sumOfSquares;

		int failures;

		void add(double normalised) {
			n++;
			sum += normalised;
			sumOfSquares += normalised * normalised;
			failures += normalised < Figures.FAILS_BELOW ? 1 : 0;
		}

		Figures figures() {
			return new Figures(n, sum, sumOfSquares, failures);
		}

	}

	/** {@link LocationFigures} being summed up. */
	private static final class LocationTally {

		final String name;

		final Tally findings = new Tally();

		int observations;

		int answers;

		int satisfied;

		LocationTally(String name) {
			this.name = name;
		}

	}

}
