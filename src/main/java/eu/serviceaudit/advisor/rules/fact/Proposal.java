package eu.serviceaudit.advisor.rules.fact;

import java.util.Locale;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.RecommendationKind;

/**
 * What a row of the recommendation decision table decided for one weakness. {@code article} is the row's article
 * choice with {@code {criterion}} replaced by the criterion in article-id form (GREETING becomes greeting);
 * {@code exercises} says whether the recommendation offers the article's exercises for the criterion as training
 * actions; {@code rule} names the row.
 */
public record Proposal(Weakness weakness, String code, RecommendationKind kind, Horizon horizon, String ownerRole,
		double kpiTarget, double weight, String article, boolean exercises, String rule) {

	/** Starts the proposal of a decision-table row; the table's action columns fill it in column order. */
	public static Builder builder(Weakness weakness, String rule) {
		return new Builder(weakness, rule);
	}

	/** The action columns of the decision table, one method per column; {@link #article} is the last. */
	public static final class Builder {

		private final Weakness weakness;

		private final String rule;

		private RecommendationKind kind;

		private Horizon horizon;

		private String ownerRole;

		private double kpiTarget;

		private double weight;

		private boolean exercises;

		Builder(Weakness weakness, String rule) {
			this.weakness = weakness;
			this.rule = rule;
		}

		public Builder kind(String value) {
			this.kind = RecommendationKind.valueOf(value.strip());
			return this;
		}

		public Builder horizon(String value) {
			this.horizon = Horizon.fromLabel(value.strip());
			return this;
		}

		public Builder ownerRole(String value) {
			this.ownerRole = value.strip();
			return this;
		}

		public Builder kpiTarget(double value) {
			this.kpiTarget = value;
			return this;
		}

		public Builder weight(double value) {
			this.weight = value;
			return this;
		}

		public Builder exercises(String value) {
			String v = value.strip().toLowerCase(Locale.ROOT);
			this.exercises = v.equals("yes") || v.equals("true");
			return this;
		}

		/** The article choice, {@code {criterion}} standing for the criterion; completes the proposal. */
		public Proposal article(String value) {
			String slug = weakness.code().toLowerCase(Locale.ROOT).replace('_', '-');
			return new Proposal(weakness, weakness.code(), kind, horizon, ownerRole, kpiTarget, weight,
					value.strip().replace("{criterion}", slug), exercises, rule);
		}

	}

}
