package eu.serviceaudit.advisor.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.waves.Figures;
import eu.serviceaudit.advisor.waves.WaveSummary;
import eu.serviceaudit.advisor.waves.Waves;

/**
 * Checks the KPIs of action plans against a later wave: each item's KPI criterion is read in that wave as
 * 1 − its failure rate and compared with the target. Nothing is stored: the verdicts follow the waves as they come.
 */
@Service
public class KpiChecks {

	private final ActionPlans plans;

	private final Waves waves;

	KpiChecks(ActionPlans plans, Waves waves) {
		this.plans = plans;
		this.waves = waves;
	}

	/** The items of every plan made from {@code previousAnalysisId}, checked against the wave of {@code analysisId}. */
	public List<KpiCheck> ofPlansOn(String previousAnalysisId, String analysisId) {
		Map<String, Figures> figures = waves.criteria(analysisId);
		List<KpiCheck> checks = new ArrayList<>();
		for (ActionPlan plan : plans.findByAnalysis(previousAnalysisId)) {
			checks.addAll(check(plan, figures));
		}
		return checks;
	}

	/** A plan checked against the wave after the one it was made on, when that wave has arrived. */
	public Optional<PlanResult> of(ActionPlan plan) {
		return waves.find(plan.analysisId())
			.flatMap(waves::next)
			.map(next -> new PlanResult(next, check(plan, waves.criteria(next.analysisId()))));
	}

	private static List<KpiCheck> check(ActionPlan plan, Map<String, Figures> figures) {
		List<KpiCheck> checks = new ArrayList<>();
		for (ActionPlan.Item item : plan.items()) {
			String criterion = item.kpi() == null ? null : item.kpi().criterion();
			Figures f = criterion == null ? null : figures.get(criterion);
			Double value = f == null || f.n() == 0 ? null : 1 - f.failureRate();
			checks.add(KpiCheck.of(plan, item, value));
		}
		return checks;
	}

	/** The wave a plan was checked against and the verdict of each of its items. */
	public record PlanResult(WaveSummary wave, List<KpiCheck> checks) {

		public long count(KpiVerdict verdict) {
			return checks.stream().filter(c -> c.verdict() == verdict).count();
		}

	}

}
