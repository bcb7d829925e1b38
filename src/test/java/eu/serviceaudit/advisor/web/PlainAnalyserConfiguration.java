package eu.serviceaudit.advisor.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AuditAnalyser;
import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.analysis.Severity;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.SurveyResponse;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;

/**
 * Tests of the pages only: a plain-Java analyser with the figures of CONTRACT.md section 5, used while the build has
 * no rule engine of its own; it backs off as soon as the app has an {@link AuditAnalyser}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlainAnalyserConfiguration {

	@Bean
	@ConditionalOnMissingBean(AuditAnalyser.class)
	AuditAnalyser plainAuditAnalyser(CriteriaCatalogue catalogue) {
		return audit -> analyse(audit, catalogue);
	}

	static Analysis analyse(Audit audit, CriteriaCatalogue catalogue) {
		Map<String, List<Finding>> byCriterion = audit.findings()
			.collect(Collectors.groupingBy(Finding::criterion, TreeMap::new, Collectors.toList()));
		List<Analysis.CriterionResult> criteria = new ArrayList<>();
		List<Analysis.Strength> strengths = new ArrayList<>();
		List<Analysis.Weakness> weaknesses = new ArrayList<>();
		Map<String, List<Double>> dimensionScores = new TreeMap<>();
		byCriterion.forEach((criterion, findings) -> {
			int n = findings.size();
			double score = findings.stream().mapToDouble(Finding::normalisedScore).average().orElse(0);
			List<Finding> failed = findings.stream().filter(f -> f.normalisedScore() < 0.5).toList();
			int f = failed.size();
			double rate = (double) f / n;
			int locations = (int) failed.stream().map(Finding::locationId).distinct().count();
			Pattern pattern = f >= 3 && rate >= 0.6 ? Pattern.SYSTEMIC
					: f >= 2 && rate >= 0.3 ? Pattern.RECURRING : f >= 1 ? Pattern.ISOLATED : Pattern.NONE;
			criteria.add(new Analysis.CriterionResult(criterion, score, n, f, rate, locations, pattern));
			catalogue.find(criterion).map(Criterion::dimension)
				.ifPresent(d -> dimensionScores.computeIfAbsent(d, k -> new ArrayList<>()).add(score));
			if (pattern != Pattern.NONE) {
				weaknesses.add(new Analysis.Weakness(criterion, pattern, score, rate, List.of(), 0));
			}
			else if (n >= 2 && score >= 0.85) {
				strengths.add(new Analysis.Strength(criterion, score));
			}
		});
		weaknesses.sort(Comparator.comparing(Analysis.Weakness::pattern).thenComparingDouble(Analysis.Weakness::score));
		List<Analysis.Recommendation> recommendations = new ArrayList<>();
		for (Analysis.Weakness w : weaknesses) {
			RecommendationKind kind = switch (w.pattern()) {
				case SYSTEMIC -> RecommendationKind.PROCESS;
				case RECURRING -> RecommendationKind.TRAINING;
				default -> RecommendationKind.COACHING;
			};
			Horizon horizon = w.pattern() == Pattern.SYSTEMIC ? Horizon.DAYS_30 : Horizon.DAYS_90;
			List<String> references = byCriterion.get(w.criterion()).stream()
				.filter(f -> f.normalisedScore() < 0.5).map(Finding::reference).toList();
			String dimension = catalogue.find(w.criterion()).map(Criterion::dimension).orElse(null);
			recommendations.add(new Analysis.Recommendation("rec-" + w.criterion().toLowerCase(),
					recommendations.size() + 1, 1.0 - w.score(), kind, "Improve " + w.criterion(),
					"Fix " + w.criterion(), List.of(w.criterion()), dimension, w.pattern(), horizon, "STORE_MANAGER", "Store manager", List.of(),
					new Analysis.Kpi(w.criterion() + " score", w.criterion(), 0.9), null,
					kind == RecommendationKind.COACHING ? List.of()
							: List.of(new Analysis.TrainingAction("ex-30-30-greeting-drill", "Greeting drill", "DRILL", 20)),
					new Analysis.Rationale("plain-" + w.pattern(), references, null)));
		}
		List<Analysis.Alert> alerts = new ArrayList<>();
		List<SurveyResponse> responses = audit.responses().toList();
		responses.stream().filter(r -> r.recommend() != null && r.recommend() <= 6 && r.hasComment())
			.forEach(r -> alerts.add(new Analysis.Alert(Severity.HIGH, r.observationId(), null, "Unhappy customer", null, null)));
		List<Integer> recommend = responses.stream().map(SurveyResponse::recommend).filter(v -> v != null).toList();
		List<Integer> satisfaction = responses.stream().map(SurveyResponse::satisfaction).filter(v -> v != null).toList();
		List<Integer> effort = responses.stream().map(SurveyResponse::effort).filter(v -> v != null).toList();
		Double nps = recommend.isEmpty() ? null
				: 100.0 * (recommend.stream().filter(v -> v >= 9).count() - recommend.stream().filter(v -> v <= 6).count())
						/ recommend.size();
		Double csat = satisfaction.isEmpty() ? null
				: 100.0 * satisfaction.stream().filter(v -> v >= 4).count() / satisfaction.size();
		Double ces = effort.isEmpty() ? null : effort.stream().mapToInt(Integer::intValue).average().orElse(0);
		Double overall = criteria.isEmpty() ? null
				: criteria.stream().mapToDouble(Analysis.CriterionResult::score).average().orElse(0);
		Analysis.Summary summary = new Analysis.Summary(audit.observations().size(), (int) audit.findings().count(),
				responses.size(), overall, nps, csat, ces, recommend.size(), null);
		List<Analysis.DimensionScore> dimensions = dimensionScores.entrySet().stream()
			.map(e -> new Analysis.DimensionScore(e.getKey(),
					e.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(0)))
			.toList();
		return new Analysis(null, audit.client(), audit.wave(), audit.language().code(), audit.sector().name(), null,
				"plain", summary, dimensions, criteria, strengths, weaknesses, recommendations, alerts, List.of(), List.of());
	}

}
