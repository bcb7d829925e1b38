package eu.serviceaudit.advisor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.SurveyResponse;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;
import eu.serviceaudit.advisor.rules.fact.DimensionScore;
import eu.serviceaudit.advisor.rules.fact.OverallScore;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;
import eu.serviceaudit.advisor.rules.fact.Strength;
import eu.serviceaudit.advisor.rules.fact.SurveyMeasure;
import eu.serviceaudit.advisor.rules.fact.SurveyScore;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.rules.fact.Weakness;

/**
 * Runs one session: inserts the catalogue, the thresholds, the findings and the survey responses, fires, reads the
 * queries and disposes the session. Knows nothing of languages or the knowledge base.
 */
public final class RuleEngine {

	private RuleEngine() {
	}

	public static RuleOutcome evaluate(KieBase kieBase, Collection<Criterion> criteria, Thresholds thresholds,
			Collection<Finding> findings, Collection<SurveyResponse> responses) {
		return evaluate(kieBase, criteria, thresholds, findings, responses, null);
	}

	/** As above, telling {@code listener} (when not null) about every rule that fires; for tests. */
	public static RuleOutcome evaluate(KieBase kieBase, Collection<Criterion> criteria, Thresholds thresholds,
			Collection<Finding> findings, Collection<SurveyResponse> responses, AgendaEventListener listener) {
		KieSession session = kieBase.newKieSession();
		try {
			if (listener != null) {
				session.addEventListener(listener);
			}
			session.insert(thresholds);
			criteria.forEach(session::insert);
			findings.forEach(session::insert);
			responses.forEach(session::insert);
			int fired = session.fireAllRules();
			Map<SurveyMeasure, SurveyScore> surveys = new EnumMap<>(SurveyMeasure.class);
			for (SurveyScore score : query(session, "survey scores", "$score", SurveyScore.class)) {
				surveys.put(score.measure(), score);
			}
			return new RuleOutcome(query(session, "criterion patterns", "$classified", CriterionPattern.class),
					query(session, "weaknesses", "$weakness", Weakness.class),
					query(session, "strengths", "$strength", Strength.class),
					query(session, "dimension scores", "$score", DimensionScore.class),
					query(session, "overall score", "$score", OverallScore.class).stream().findFirst(),
					surveys,
					query(session, "recovery alerts", "$alert", RecoveryAlert.class),
					query(session, "prioritised proposals", "$prioritised", PrioritisedProposal.class), fired);
		}
		finally {
			session.dispose();
		}
	}

	private static <T> List<T> query(KieSession session, String query, String variable, Class<T> type) {
		List<T> results = new ArrayList<>();
		for (QueryResultsRow row : session.getQueryResults(query)) {
			results.add(type.cast(row.get(variable)));
		}
		return results;
	}

}
