package eu.serviceaudit.advisor.rules.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.serviceaudit.advisor.analysis.AlertKind;
import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.analysis.Severity;
import eu.serviceaudit.advisor.audit.AuditRequest;

/**
 * One scenario file: the audit in the contract's input shape and what the consultant expects of its analysis.
 *
 * @param file the file relative to the rules folder, such as {@code scenarios/greeting-systemic.yaml}
 * @param name a short name, by default the file name
 */
public record Scenario(String file, String name, String description, AuditRequest audit, Expectations expect) {

	/**
	 * What the analysis must show; a null list or map is not checked. {@code recommendations}, {@code weaknesses},
	 * {@code strengths} and {@code alerts} are complete when given: anything else in the analysis is a mismatch,
	 * except further recommendations when {@code otherRecommendations} is true.
	 */
	public record Expectations(int line, List<ExpectedRecommendation> recommendations, boolean otherRecommendations,
			Map<String, ExpectedWeakness> weaknesses, List<String> strengths, List<ExpectedAlert> alerts,
			List<ExpectedFigure> summary, List<ExpectedDiagnosis> diagnoses, List<ExpectedCaution> cautions) {

		public Expectations(int line, List<ExpectedRecommendation> recommendations, boolean otherRecommendations,
				Map<String, ExpectedWeakness> weaknesses, List<String> strengths, List<ExpectedAlert> alerts,
				List<ExpectedFigure> summary) {
			this(line, recommendations, otherRecommendations, weaknesses, strengths, alerts, summary, null, null);
		}

	}

	/**
	 * A diagnosis that must be made (the list is complete when given): its kind (LOCAL, LOCATION_LEADERSHIP,
	 * MISSING_STANDARD) and exactly the criteria and locations it names (an empty list is not checked).
	 */
	public record ExpectedDiagnosis(int line, String kind, List<String> criteria, List<String> locations) {
	}

	/** A caution that must be given (the list is complete when given); null criterion matches any. */
	public record ExpectedCaution(int line, String code, String criterion) {
	}

	/**
	 * A figure of the analysis summary ({@code overallScore}, {@code nps}, {@code csat}, {@code ces},
	 * {@code npsResponses} or {@code npsMargin}) and its
	 * expected value, to within 0.01; a null value expects no figure (no survey answered that question).
	 */
	public record ExpectedFigure(int line, String name, Double value) {
	}

	/**
	 * A recommendation that must be there; null fields and an empty horizon set match anything; {@code locations}
	 * [] expects a recommendation for every location.
	 */
	public record ExpectedRecommendation(int line, String criterion, RecommendationKind kind, Pattern pattern,
			Set<Horizon> horizons, Integer rank, String ownerRole, String article, Boolean trainingActions,
			String rule, List<String> locations) {

		public ExpectedRecommendation(int line, String criterion, RecommendationKind kind, Pattern pattern,
				Set<Horizon> horizons, Integer rank, String ownerRole, String article, Boolean trainingActions,
				String rule) {
			this(line, criterion, kind, pattern, horizons, rank, ownerRole, article, trainingActions, rule, null);
		}

	}

	public record ExpectedWeakness(int line, String criterion, Pattern pattern) {
	}

	/**
	 * An alert that must be raised on {@code observation}; null severity, criterion, kind or due (ISO date) match
	 * anything.
	 */
	public record ExpectedAlert(int line, String observation, Severity severity, String criterion, AlertKind kind,
			String due) {

		public ExpectedAlert(int line, String observation, Severity severity, String criterion) {
			this(line, observation, severity, criterion, null, null);
		}

	}

}
