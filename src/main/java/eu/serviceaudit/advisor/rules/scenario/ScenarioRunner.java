package eu.serviceaudit.advisor.rules.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditValidator;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedAlert;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedFigure;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedRecommendation;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedWeakness;
import eu.serviceaudit.advisor.rules.scenario.Scenario.Expectations;

/**
 * Runs a scenario on a rule base: validates its audit as {@code POST /api/analyses} would, analyses it, and lists
 * every way the analysis differs from what the scenario expects.
 */
public final class ScenarioRunner {

	private static final double FIGURE_TOLERANCE = 0.01;

	private final TracingAnalyser analyser;

	private final AuditValidator validator;

	public ScenarioRunner(TracingAnalyser analyser) {
		this.analyser = analyser;
		this.validator = new AuditValidator(analyser.catalogue());
	}

	public ScenarioResult run(RuleBase ruleBase, Scenario scenario) {
		List<RuleError> failures = new ArrayList<>();
		Audit audit;
		try {
			audit = validator.validate(scenario.audit());
		}
		catch (InvalidRequestException ex) {
			ex.errors().forEach(e -> failures.add(failure(scenario, 0,
					"the audit is invalid at " + e.pointer() + ": " + e.message())));
			return new ScenarioResult(scenario.file(), scenario.name(), failures, Set.of(), null);
		}
		TracingAnalyser.Traced traced = analyser.analyse(ruleBase, audit);
		Expectations expect = scenario.expect();
		Analysis analysis = traced.analysis();
		if (expect.recommendations() != null) {
			compareRecommendations(scenario, expect, analysis.recommendations(), failures);
		}
		if (expect.weaknesses() != null) {
			compareWeaknesses(scenario, expect, analysis.weaknesses(), failures);
		}
		if (expect.strengths() != null) {
			Set<String> expected = new LinkedHashSet<>(expect.strengths());
			Set<String> actual = analysis.strengths().stream().map(Analysis.Strength::criterion)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			if (!expected.equals(actual)) {
				failures.add(failure(scenario, expect.line(), "expected strengths " + expected + ", got " + actual));
			}
		}
		if (expect.alerts() != null) {
			compareAlerts(scenario, expect, analysis.alerts(), failures);
		}
		if (expect.summary() != null) {
			compareSummary(scenario, expect.summary(), analysis.summary(), failures);
		}
		if (expect.diagnoses() != null) {
			compareDiagnoses(scenario, expect, analysis.diagnoses(), failures);
		}
		if (expect.cautions() != null) {
			compareCautions(scenario, expect, analysis.cautions(), failures);
		}
		checkCodes(scenario, failures);
		return new ScenarioResult(scenario.file(), scenario.name(), failures, traced.firedRules(), analysis);
	}

	private static void compareRecommendations(Scenario scenario, Expectations expect,
			List<Analysis.Recommendation> actual, List<RuleError> failures) {
		List<Analysis.Recommendation> unmatched = new ArrayList<>(actual);
		Set<String> alreadyShown = new LinkedHashSet<>();
		for (ExpectedRecommendation expected : expect.recommendations()) {
			Analysis.Recommendation match = unmatched.stream().filter(r -> matches(expected, r)).findFirst().orElse(null);
			if (match != null) {
				unmatched.remove(match);
				continue;
			}
			List<Analysis.Recommendation> near = actual.stream()
				.filter(r -> r.addresses().contains(expected.criterion()))
				.toList();
			alreadyShown.add(expected.criterion());
			failures.add(failure(scenario, expected.line(), "expected " + describe(expected) + "; got "
					+ (near.isEmpty() ? "no recommendation for " + expected.criterion()
							: near.stream().map(ScenarioRunner::describe).collect(Collectors.joining("; ")))));
		}
		if (!expect.otherRecommendations()) {
			for (Analysis.Recommendation extra : unmatched) {
				if (extra.addresses().stream().anyMatch(alreadyShown::contains)) {
					continue;
				}
				failures.add(failure(scenario, expect.line(), "unexpected " + describe(extra)
						+ " (list it under expect.recommendations, or set otherRecommendations: true)"));
			}
		}
	}

	static boolean matches(ExpectedRecommendation e, Analysis.Recommendation r) {
		return r.addresses().contains(e.criterion()) && (e.kind() == null || e.kind() == r.kind())
				&& (e.pattern() == null || e.pattern() == r.pattern())
				&& (e.horizons().isEmpty() || e.horizons().contains(r.horizon()))
				&& (e.rank() == null || e.rank() == r.rank())
				&& (e.ownerRole() == null || e.ownerRole().equals(r.ownerRole()))
				&& (e.article() == null || e.article().equals(r.articleId()))
				&& (e.trainingActions() == null || e.trainingActions() == !r.trainingActions().isEmpty())
				&& (e.rule() == null || r.rationale() != null && e.rule().equals(r.rationale().rule()))
				&& (e.locations() == null || e.locations().equals(r.locations() == null ? List.of() : r.locations()));
	}

	static String describe(ExpectedRecommendation e) {
		StringBuilder text = new StringBuilder(e.kind() == null ? "a" : "a " + e.kind());
		text.append(" recommendation for ").append(e.criterion());
		List<String> details = new ArrayList<>();
		if (e.pattern() != null) {
			details.add("pattern " + e.pattern());
		}
		if (!e.horizons().isEmpty()) {
			details.add("horizon " + e.horizons().stream().map(Horizon::label).collect(Collectors.joining(" or ")));
		}
		if (e.rank() != null) {
			details.add("rank " + e.rank());
		}
		if (e.ownerRole() != null) {
			details.add("owner " + e.ownerRole());
		}
		if (e.article() != null) {
			details.add("article " + e.article());
		}
		if (e.trainingActions() != null) {
			details.add(e.trainingActions() ? "with training actions" : "without training actions");
		}
		if (e.rule() != null) {
			details.add("rule '" + e.rule() + "'");
		}
		if (e.locations() != null) {
			details.add(e.locations().isEmpty() ? "for every location" : "for " + e.locations());
		}
		return details.isEmpty() ? text.toString() : text + " (" + String.join(", ", details) + ")";
	}

	static String describe(Analysis.Recommendation r) {
		return r.kind() + " for " + String.join(",", r.addresses()) + " (pattern " + r.pattern() + ", horizon "
				+ r.horizon().label() + ", rank " + r.rank() + ", owner " + r.ownerRole() + ", article "
				+ r.articleId() + ", " + r.trainingActions().size() + " training action(s), rule '"
				+ (r.rationale() == null ? null : r.rationale().rule()) + "'"
				+ (r.locations() == null || r.locations().isEmpty() ? "" : ", for " + r.locations()) + ")";
	}

	private static void compareWeaknesses(Scenario scenario, Expectations expect, List<Analysis.Weakness> actual,
			List<RuleError> failures) {
		Map<String, ExpectedWeakness> expected = expect.weaknesses();
		Map<String, Analysis.Weakness> byCode = new LinkedHashMap<>();
		actual.forEach(w -> byCode.put(w.criterion(), w));
		for (ExpectedWeakness e : expected.values()) {
			Analysis.Weakness w = byCode.remove(e.criterion());
			if (w == null) {
				failures.add(failure(scenario, e.line(), "expected " + e.criterion() + " to be a " + e.pattern()
						+ " weakness; it is not a weakness"));
			}
			else if (e.pattern() != null && w.pattern() != e.pattern()) {
				failures.add(failure(scenario, e.line(), "expected " + e.criterion() + " to be " + e.pattern()
						+ "; it is " + w.pattern() + " (score " + round(w.score()) + ", failure rate "
						+ round(w.failureRate()) + ")"));
			}
		}
		byCode.values().forEach(w -> failures.add(failure(scenario, expect.line(), "unexpected weakness " + w.criterion() + " "
				+ w.pattern() + " (list it under expect.weaknesses)")));
	}

	private static void compareAlerts(Scenario scenario, Expectations expect, List<Analysis.Alert> actual,
			List<RuleError> failures) {
		List<ExpectedAlert> expected = expect.alerts();
		List<Analysis.Alert> unmatched = new ArrayList<>(actual);
		for (ExpectedAlert e : expected) {
			Analysis.Alert match = unmatched.stream()
				.filter(a -> Objects.equals(a.observationId(), e.observation())
						&& (e.severity() == null || e.severity() == a.severity())
						&& (e.criterion() == null || e.criterion().equals(a.criterion()))
						&& (e.kind() == null || e.kind() == a.kind())
						&& (e.due() == null || a.due() != null && e.due().equals(a.due().toString())))
				.findFirst()
				.orElse(null);
			if (match != null) {
				unmatched.remove(match);
				continue;
			}
			failures.add(failure(scenario, e.line(), "expected an alert on " + e.observation()
					+ (e.severity() == null ? "" : " of severity " + e.severity())
					+ (e.criterion() == null ? "" : " for " + e.criterion())
					+ (e.kind() == null ? "" : " of kind " + e.kind()) + (e.due() == null ? "" : " due " + e.due())
					+ "; got "
					+ (actual.isEmpty() ? "no alert" : actual.stream().map(ScenarioRunner::describe).toList())));
		}
		unmatched.forEach(a -> failures.add(failure(scenario, expect.line(), "unexpected alert " + describe(a)
				+ " (list it under expect.alerts)")));
	}

	private static void compareSummary(Scenario scenario, List<ExpectedFigure> expected, Analysis.Summary actual,
			List<RuleError> failures) {
		for (ExpectedFigure figure : expected) {
			Double value = switch (figure.name()) {
				case "overallScore" -> actual.overallScore();
				case "nps" -> actual.nps();
				case "csat" -> actual.csat();
				case "npsResponses" -> actual.npsResponses() == null ? null : actual.npsResponses().doubleValue();
				case "npsMargin" -> actual.npsMargin();
				default -> actual.ces();
			};
			boolean same = figure.value() == null ? value == null
					: value != null && Math.abs(value - figure.value()) < FIGURE_TOLERANCE;
			if (!same) {
				failures.add(failure(scenario, figure.line(), "expected " + figure.name() + " "
						+ (figure.value() == null ? "to be empty" : figure.value()) + ", got "
						+ (value == null ? "none" : round(value))));
			}
		}
	}

	private static String describe(Analysis.Alert a) {
		return a.severity() + " on " + a.observationId() + (a.criterion() == null ? "" : " for " + a.criterion())
				+ (a.kind() == null ? "" : " " + a.kind()) + (a.due() == null ? "" : " due " + a.due());
	}

	private static void compareDiagnoses(Scenario scenario, Expectations expect, List<Analysis.Diagnosis> actual,
			List<RuleError> failures) {
		List<Analysis.Diagnosis> unmatched = new ArrayList<>(actual);
		for (Scenario.ExpectedDiagnosis e : expect.diagnoses()) {
			Analysis.Diagnosis match = unmatched.stream()
				.filter(d -> d.kind().equals(e.kind())
						&& (e.criteria().isEmpty() || new LinkedHashSet<>(e.criteria()).equals(new LinkedHashSet<>(d.criteria())))
						&& (e.locations().isEmpty() || e.locations().equals(d.locations())))
				.findFirst()
				.orElse(null);
			if (match != null) {
				unmatched.remove(match);
				continue;
			}
			failures.add(failure(scenario, e.line(), "expected a " + e.kind() + " diagnosis"
					+ (e.criteria().isEmpty() ? "" : " of " + e.criteria())
					+ (e.locations().isEmpty() ? "" : " at " + e.locations()) + "; got "
					+ (actual.isEmpty() ? "no diagnosis" : actual.stream().map(ScenarioRunner::describe).toList())));
		}
		unmatched.forEach(d -> failures.add(failure(scenario, expect.line(), "unexpected diagnosis " + describe(d)
				+ " (list it under expect.diagnoses)")));
	}

	private static String describe(Analysis.Diagnosis d) {
		return d.kind() + " of " + d.criteria() + (d.locations().isEmpty() ? "" : " at " + d.locations());
	}

	private static void compareCautions(Scenario scenario, Expectations expect, List<Analysis.Caution> actual,
			List<RuleError> failures) {
		List<Analysis.Caution> unmatched = new ArrayList<>(actual);
		for (Scenario.ExpectedCaution e : expect.cautions()) {
			Analysis.Caution match = unmatched.stream()
				.filter(c -> c.code().equals(e.code()) && (e.criterion() == null || e.criterion().equals(c.criterion())))
				.findFirst()
				.orElse(null);
			if (match != null) {
				unmatched.remove(match);
				continue;
			}
			failures.add(failure(scenario, e.line(), "expected the caution " + e.code()
					+ (e.criterion() == null ? "" : " for " + e.criterion()) + "; got "
					+ actual.stream().map(c -> c.code() + (c.criterion() == null ? "" : " " + c.criterion())).toList()));
		}
		unmatched.forEach(c -> failures.add(failure(scenario, expect.line(), "unexpected caution " + c.code()
				+ (c.criterion() == null ? "" : " for " + c.criterion()) + " (list it under expect.cautions)")));
	}

	/** Criterion codes in the expectations that the catalogue does not know: a typo never matches anything. */
	private void checkCodes(Scenario scenario, List<RuleError> failures) {
		Expectations expect = scenario.expect();
		if (expect.recommendations() != null) {
			expect.recommendations().stream().filter(r -> !analyser.catalogue().contains(r.criterion()))
				.forEach(r -> failures.add(failure(scenario, r.line(), "unknown criterion '" + r.criterion() + "'")));
		}
		if (expect.weaknesses() != null) {
			expect.weaknesses().values().stream().filter(w -> !analyser.catalogue().contains(w.criterion()))
				.forEach(w -> failures.add(failure(scenario, w.line(), "unknown criterion '" + w.criterion() + "'")));
		}
		if (expect.strengths() != null) {
			expect.strengths().stream().filter(code -> !analyser.catalogue().contains(code))
				.forEach(code -> failures.add(failure(scenario, expect.line(), "unknown criterion '" + code + "' in strengths")));
		}
	}

	private static RuleError failure(Scenario scenario, int line, String message) {
		return new RuleError(YamlNodes.CHECK, scenario.file(), line, message);
	}

	private static String round(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}

}
