package eu.serviceaudit.advisor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.rules.fact.DiagnosisFact;
import eu.serviceaudit.advisor.rules.fact.LeadershipGap;
import eu.serviceaudit.advisor.rules.fact.LocalWeakness;
import eu.serviceaudit.advisor.rules.fact.MissingStandard;
import eu.serviceaudit.advisor.rules.fact.Proposal;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.rules.fact.Weakness;

/**
 * The diagnoses of one analysis in its language, and what each means for the rationale of a recommendation: the
 * figures behind its pattern and the diagnosis that applies, in one plain sentence.
 */
final class Diagnoses {

	private static final Map<String, Integer> ORDER = Map.of(MissingStandard.KIND, 0, LeadershipGap.KIND, 1,
			LocalWeakness.KIND, 2);

	private final List<DiagnosisFact> facts;

	private final Wording words;

	Diagnoses(List<DiagnosisFact> facts, Wording words) {
		this.facts = facts.stream()
			.sorted(Comparator.comparing((DiagnosisFact d) -> ORDER.getOrDefault(d.kind(), 9))
				.thenComparing(d -> String.join(",", d.criteria()))
				.thenComparing(d -> String.join(",", d.locations())))
			.toList();
		this.words = words;
	}

	List<Analysis.Diagnosis> worded() {
		List<Analysis.Diagnosis> worded = new ArrayList<>();
		for (DiagnosisFact fact : facts) {
			String[] texts;
			if (fact instanceof LocalWeakness local) {
				texts = local(local);
			}
			else if (fact instanceof LeadershipGap gap) {
				texts = leadership(gap);
			}
			else if (fact instanceof MissingStandard missing) {
				texts = missing(missing);
			}
			else {
				texts = new String[] { fact.kind(), fact.kind() };
			}
			worded.add(new Analysis.Diagnosis(fact.kind(), texts[0], texts[1], fact.criteria(), fact.locations(),
					fact.rule()));
		}
		return worded;
	}

	private String[] local(LocalWeakness local) {
		String criterion = words.criterion(local.weakness().code());
		String location = words.location(local.location());
		var f = local.figures();
		return new String[] { words.message("diagnosis.LOCAL.title", criterion, location),
				words.message("diagnosis.LOCAL.text", criterion, location, f.failures(), f.observations(),
						f.othersFailures(), f.othersObservations()) };
	}

	private String[] leadership(LeadershipGap gap) {
		String location = words.location(gap.location());
		return new String[] { words.message("diagnosis.LOCATION_LEADERSHIP.title", location),
				words.message("diagnosis.LOCATION_LEADERSHIP.text", location, Wording.percent(gap.mean()),
						Wording.percent(gap.othersMean()), gap.failingCriteria().size(),
						words.criteria(gap.failingCriteria())) };
	}

	private String[] missing(MissingStandard missing) {
		String organisation = words.criterion(missing.organisation());
		String explained = words.criteria(missing.explained());
		return new String[] { words.message("diagnosis.MISSING_STANDARD.title", organisation, explained),
				words.message("diagnosis.MISSING_STANDARD.text", organisation, explained) };
	}

	/** The leadership gap a proposal answers (the floor-leadership coaching of its location), or null. */
	LeadershipGap leadership(Proposal p) {
		if (p.location() == null || p.kind() != RecommendationKind.COACHING || p.weakness().pattern() != Pattern.NONE) {
			return null;
		}
		return facts.stream()
			.filter(d -> d instanceof LeadershipGap gap && gap.location().equals(p.location()))
			.map(LeadershipGap.class::cast)
			.findFirst()
			.orElse(null);
	}

	private LocalWeakness local(Proposal p) {
		return p.location() == null ? null : facts.stream()
			.filter(d -> d instanceof LocalWeakness l && l.weakness().code().equals(p.code())
					&& l.location().equals(p.location()))
			.map(LocalWeakness.class::cast)
			.findFirst()
			.orElse(null);
	}

	private MissingStandard explaining(Proposal p) {
		return facts.stream()
			.filter(d -> d instanceof MissingStandard m && m.explained().contains(p.code()))
			.map(MissingStandard.class::cast)
			.findFirst()
			.orElse(null);
	}

	private MissingStandard explainedBy(Proposal p) {
		return p.kind() != RecommendationKind.PROCESS || p.location() != null ? null : facts.stream()
			.filter(d -> d instanceof MissingStandard m && m.organisation().equals(p.code()))
			.map(MissingStandard.class::cast)
			.findFirst()
			.orElse(null);
	}

	/** Why the recommendation is there, in one sentence: its figures, what the comments say, the diagnosis. */
	String rationale(Proposal p) {
		List<String> parts = new ArrayList<>();
		LeadershipGap gap = leadership(p);
		Weakness w = p.weakness();
		if (gap != null) {
			parts.add(words.message("diagnosis.rationale.leadership", words.location(gap.location()),
					Wording.percent(gap.mean()), Wording.percent(gap.othersMean()), gap.failingCriteria().size()));
		}
		else {
			parts.add(figures(w));
			if (w.voice() > 0 && w.pattern() != Pattern.CUSTOMER_VOICE) {
				parts.add(words.message("diagnosis.rationale.voice", w.voice()));
			}
		}
		LocalWeakness local = local(p);
		if (local != null) {
			var f = local.figures();
			parts.add(words.message("diagnosis.rationale.local", words.location(local.location()), f.failures(),
					f.observations(), f.othersFailures(), f.othersObservations()));
		}
		MissingStandard organisation = explainedBy(p);
		if (organisation != null) {
			parts.add(words.message("diagnosis.rationale.missingStandard.organisation",
					words.criteria(organisation.explained()), organisation.explained().size()));
		}
		MissingStandard explained = explaining(p);
		if (explained != null) {
			parts.add(words.message("diagnosis.rationale.missingStandard.explained",
					words.quoted(words.criterion(explained.organisation()))));
		}
		return Wording.capitalised(String.join("; ", parts)) + ".";
	}

	private String figures(Weakness w) {
		String name = words.criterion(w.code());
		return switch (w.pattern()) {
			case BELOW_STANDARD -> words.message("diagnosis.rationale.belowStandard", name, w.observations(),
					Wording.percent(w.scoreOrZero()), Wording.percent(Thresholds.DEFAULTS.belowStandardScore()));
			case CUSTOMER_VOICE -> w.score() == null ? words.message("diagnosis.rationale.voiceOnly", name, w.voice())
					: words.message("diagnosis.rationale.voiceAssessed", name, w.observations(), w.voice());
			default -> words.message("diagnosis.rationale.failed", name, w.failures(), w.observations(),
					w.locations());
		};
	}

}
