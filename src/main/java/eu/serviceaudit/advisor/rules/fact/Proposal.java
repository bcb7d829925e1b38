package eu.serviceaudit.advisor.rules.fact;

import java.util.Locale;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.RecommendationKind;

/**
 * What a row of the recommendation decision table (or a diagnosis rule) decided for one weakness. {@code location}
 * is the one location the action is for, null for every location. {@code horizon} is already the one that applies:
 * the row's "when customers name it" horizon for a weakness the customers' comments name loudly. {@code ownerRole}
 * is the generic role of the row (LOCATION_MANAGER, TRAINER, ...), which the sector role table turns into the
 * sector's word. {@code article} is the row's article choice with {@code {criterion}} replaced by the criterion in
 * article-id form (GREETING becomes greeting); {@code exercises} says whether the recommendation offers the article's
 * exercises for the criterion as training actions; {@code rule} names the row.
 */
public record Proposal(Weakness weakness, String code, String location, RecommendationKind kind, Horizon horizon,
		String ownerRole, double kpiTarget, double weight, String article, boolean exercises, String rule) {

	/** Starts the proposal of a decision-table row for a weakness at its focus; the action columns fill it in. */
	public static Builder builder(Focus focus, String rule) {
		return new Builder(focus.weakness(), focus.location(), rule);
	}

	/** Starts a proposal for a weakness everywhere, or at one location ({@code location} not null). */
	public static Builder builder(Weakness weakness, String location, String rule) {
		return new Builder(weakness, location, rule);
	}

	public static Builder builder(Weakness weakness, String rule) {
		return new Builder(weakness, null, rule);
	}

	/** The action columns of the decision table, one method per column; {@link #article} is the last. */
	public static final class Builder {

		private final Weakness weakness;

		private final String location;

		private final String rule;

		private RecommendationKind kind;

		private Horizon horizon;

		private Horizon heardHorizon;

		private String ownerRole;

		private double kpiTarget;

		private double weight;

		private boolean exercises;

		Builder(Weakness weakness, String location, String rule) {
			this.weakness = weakness;
			this.location = location;
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

		/** The horizon when the customers' comments name the weakness loudly; empty keeps the row's horizon. */
		public Builder horizonWhenHeard(String value) {
			this.heardHorizon = value == null || value.isBlank() ? null : Horizon.fromLabel(value.strip());
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
			Horizon applies = weakness.loud() && heardHorizon != null ? heardHorizon : horizon;
			return new Proposal(weakness, weakness.code(), location, kind, applies, ownerRole, kpiTarget, weight,
					value.strip().replace("{criterion}", slug), exercises, rule);
		}

	}

}
