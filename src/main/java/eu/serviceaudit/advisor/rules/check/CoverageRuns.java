package eu.serviceaudit.advisor.rules.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.Observation;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.Proposal;
import eu.serviceaudit.advisor.rules.scenario.TracingAnalyser;

/**
 * Runs, for every pattern, the smallest audit that gives every criterion of the catalogue that pattern through the
 * rule base (systemic: 3 failures in 3 visits; recurring: 2 failures in 4; isolated: 1 failure in 6), and records
 * what each criterion gets: the coverage table, and the rules those runs fired.
 */
final class CoverageRuns {

	private final TracingAnalyser analyser;

	private final Set<String> firedRules = new LinkedHashSet<>();

	CoverageRuns(TracingAnalyser analyser) {
		this.analyser = analyser;
	}

	Coverage run(RuleBase ruleBase) {
		Map<Pattern, TracingAnalyser.Traced> runs = new EnumMap<>(Pattern.class);
		for (Pattern pattern : Coverage.PATTERNS) {
			TracingAnalyser.Traced traced = analyser.analyse(ruleBase, audit(analyser.catalogue().all(), pattern));
			firedRules.addAll(traced.firedRules());
			runs.put(pattern, traced);
		}
		List<Coverage.Row> rows = new ArrayList<>();
		for (Criterion criterion : analyser.catalogue().all()) {
			Map<Pattern, Coverage.Cell> cells = new EnumMap<>(Pattern.class);
			runs.forEach((pattern, traced) -> cells.put(pattern, cell(traced, criterion)));
			rows.add(new Coverage.Row(criterion.code(), criterion.scope(), criterion.critical(), cells));
		}
		return new Coverage(rows);
	}

	/** The rules fired by all runs so far. */
	Set<String> firedRules() {
		return firedRules;
	}

	private static Coverage.Cell cell(TracingAnalyser.Traced traced, Criterion criterion) {
		Map<String, Proposal> byRule = new HashMap<>();
		for (PrioritisedProposal prioritised : traced.outcome().proposals()) {
			if (prioritised.proposal().code().equals(criterion.code())) {
				byRule.put(prioritised.proposal().rule(), prioritised.proposal());
			}
		}
		Pattern classified = traced.analysis()
			.criteria()
			.stream()
			.filter(c -> c.criterion().equals(criterion.code()))
			.map(Analysis.CriterionResult::pattern)
			.findFirst()
			.orElse(Pattern.NONE);
		List<Coverage.Recommendation> recommendations = new ArrayList<>();
		for (Analysis.Recommendation r : traced.analysis().recommendations()) {
			if (!r.addresses().contains(criterion.code())) {
				continue;
			}
			String rule = r.rationale() == null ? null : r.rationale().rule();
			Proposal proposal = byRule.get(rule);
			recommendations.add(new Coverage.Recommendation(r.kind(), r.horizon(),
					proposal != null ? proposal.article() : r.articleId(),
					r.trainingActions().stream().map(Analysis.TrainingAction::articleId).toList(), rule));
		}
		return new Coverage.Cell(classified, recommendations);
	}

	/**
	 * Every criterion with the pattern: failures score 0 of 1, passes 1 of 1, each visit an observation assessing all
	 * criteria, spread over three locations. Criteria are scored apart, so one audit covers them all.
	 */
	static Audit audit(Collection<Criterion> criteria, Pattern pattern) {
		int failures = switch (pattern) {
			case SYSTEMIC -> 3;
			case RECURRING -> 2;
			default -> 1;
		};
		int passes = switch (pattern) {
			case SYSTEMIC -> 0;
			case RECURRING -> 2;
			default -> 5;
		};
		List<Observation> observations = new ArrayList<>();
		for (int i = 0; i < failures + passes; i++) {
			String id = String.format("COV-%02d", i + 1);
			String location = "LOC-" + (i % 3 + 1);
			double score = i < failures ? 0 : 1;
			List<Finding> findings = new ArrayList<>();
			for (Criterion criterion : criteria) {
				findings.add(new Finding(id, location, Method.MYSTERY_SHOP, criterion.code(), score, 0, 1, null));
			}
			observations.add(new Observation(id, Method.MYSTERY_SHOP, location, null, null, findings, List.of()));
		}
		return new Audit("Coverage", pattern.name(), Language.EN,
				List.of(new Audit.Location("LOC-1", "LOC-1"), new Audit.Location("LOC-2", "LOC-2"),
						new Audit.Location("LOC-3", "LOC-3")),
				observations);
	}

}
