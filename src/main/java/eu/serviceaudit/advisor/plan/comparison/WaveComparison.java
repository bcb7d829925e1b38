package eu.serviceaudit.advisor.plan.comparison;

import java.util.List;

import eu.serviceaudit.advisor.plan.KpiCheck;
import eu.serviceaudit.advisor.plan.KpiVerdict;
import eu.serviceaudit.advisor.waves.Figures;

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

		/** The 95 % bound of the difference of two means; nothing is significant below two scores a side. */
		static boolean significant(Double change, Figures now, Figures before) {
			if (change == null || now.n() < 2 || before.n() < 2) {
				return false;
			}
			double noise = 1.96 * Math.sqrt(now.variance() / now.n() + before.variance() / before.n());
			// a change of nothing is never significant, even when both waves scored the same everywhere
			return Math.abs(change) > 1e-9 && Math.abs(change) >= noise - 1e-12;
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
