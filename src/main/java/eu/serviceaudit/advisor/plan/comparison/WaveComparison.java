package eu.serviceaudit.advisor.plan.comparison;

import java.util.List;

import eu.serviceaudit.advisor.plan.KpiCheck;
import eu.serviceaudit.advisor.plan.KpiVerdict;
import eu.serviceaudit.advisor.waves.Figures;
import eu.serviceaudit.advisor.waves.Noise;

/**
 * An analysis compared with the previous wave of the same client (CONTRACT.md section 11), in the API's shape.
 * {@code previous} is null for a client's first wave.
 */
public record WaveComparison(AnalysisRef previous, List<CriterionChange> criteria, List<Kpi> kpis) {

	public record AnalysisRef(String id, String wave) {
	}

	/**
	 * {@code change} = score − previousScore (null when either side was not assessed); {@code significant} when
	 * |change| ≥ 1.96 × √(s²/n + s′²/n′), false when either n < 2.
	 */
	public record CriterionChange(String criterion, Double score, Double previousScore, Double change,
			int observations, int previousObservations, boolean significant) {

		static CriterionChange of(String criterion, Figures now, Figures before) {
			Double score = now == null ? null : now.mean();
			Double previousScore = before == null ? null : before.mean();
			Double change = score == null || previousScore == null ? null : score - previousScore;
			return new CriterionChange(criterion, score, previousScore, change, now == null ? 0 : now.n(),
					before == null ? 0 : before.n(), significant(change, now, before));
		}

		static boolean significant(Double change, Figures now, Figures before) {
			return Noise.significant(change, now, before);
		}

	}

	public record Kpi(String planId, String itemId, String criterion, Double target, Double value,
			KpiVerdict verdict) {

		static Kpi of(KpiCheck check) {
			return new Kpi(check.planId(), check.itemId(), check.criterion(), check.target(), check.value(),
					check.verdict());
		}

	}

}
