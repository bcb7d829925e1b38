package eu.serviceaudit.advisor.plan.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.plan.ActionPlans;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.plan.comparison.WaveComparison.Change;
import eu.serviceaudit.advisor.system.web.NotFoundException;

/** Compares an analysis with an earlier one of the same client: criteria scores and the KPIs of its plans. */
@Service
class WaveComparisons {

	private final Analyses analyses;

	private final ActionPlans plans;

	WaveComparisons(Analyses analyses, ActionPlans plans) {
		this.analyses = analyses;
		this.plans = plans;
	}

	WaveComparison compare(String currentId, String previousId) {
		Analysis current = analyses.get(currentId);
		Analysis previous;
		if (previousId == null || previousId.isBlank()) {
			previous = analyses.get(previousOf(current));
		}
		else {
			previous = analyses.get(previousId);
			if (previous.id().equals(current.id())) {
				throw new InvalidRequestException("/query/previous", "must name another analysis");
			}
			if (!previous.client().equals(current.client())) {
				throw new InvalidRequestException("/query/previous",
						"is an analysis of another client ('" + previous.client() + "'); compare waves of one client");
			}
		}
		Map<String, Double> before = scores(previous);
		Map<String, Double> now = scores(current);
		List<WaveComparison.CriterionChange> criteria = new ArrayList<>();
		Map<String, Double> all = new LinkedHashMap<>(now);
		before.forEach(all::putIfAbsent);
		for (String criterion : all.keySet()) {
			Change change = Change.of(before.get(criterion), now.get(criterion));
			criteria.add(new WaveComparison.CriterionChange(criterion, change.previous(), change.current(),
					change.delta(), change.trend()));
		}
		List<WaveComparison.KpiCheck> checks = new ArrayList<>();
		for (ActionPlan plan : plans.findByAnalysis(previous.id())) {
			for (ActionPlan.Item item : plan.items()) {
				checks.add(check(plan, item, before, now));
			}
		}
		return new WaveComparison(current.client(), ref(current), ref(previous),
				Change.of(overall(previous), overall(current)), criteria, checks);
	}

	private static WaveComparison.KpiCheck check(ActionPlan plan, ActionPlan.Item item, Map<String, Double> before,
			Map<String, Double> now) {
		ActionPlan.Kpi kpi = item.kpi();
		String criterion = kpi == null ? null : kpi.criterion();
		Double target = kpi == null ? null : kpi.target();
		Double previousValue = criterion == null ? null : before.get(criterion);
		Double currentValue = criterion == null ? null : now.get(criterion);
		Boolean met = currentValue == null || target == null ? null : currentValue >= target - 1e-9;
		return new WaveComparison.KpiCheck(plan.id(), plan.title(), item.id(), item.title(), item.status(),
				kpi == null ? null : kpi.name(), criterion, previousValue, currentValue, target, met,
				Change.of(previousValue, currentValue).trend());
	}

	/** The most recent analysis of the same client made before this one. */
	private String previousOf(Analysis current) {
		return analyses.previousOf(current)
			.orElseThrow(() -> new NotFoundException(
					"There is no earlier analysis of '" + current.client() + "' to compare with; name one with ?previous="));
	}

	private static Map<String, Double> scores(Analysis analysis) {
		Map<String, Double> scores = new LinkedHashMap<>();
		if (analysis.criteria() != null) {
			analysis.criteria().forEach(c -> scores.put(c.criterion(), c.score()));
		}
		return scores;
	}

	private static Double overall(Analysis analysis) {
		return analysis.summary() == null ? null : analysis.summary().overallScore();
	}

	private static WaveComparison.AnalysisRef ref(Analysis analysis) {
		return new WaveComparison.AnalysisRef(analysis.id(), analysis.wave(), analysis.createdAt());
	}

}
