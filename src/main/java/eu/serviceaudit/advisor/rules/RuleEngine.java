package eu.serviceaudit.advisor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.SurveyResponse;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.rules.fact.AlertFollowUp;
import eu.serviceaudit.advisor.rules.fact.AuditSector;
import eu.serviceaudit.advisor.rules.fact.Caveat;
import eu.serviceaudit.advisor.rules.fact.CommentMatch;
import eu.serviceaudit.advisor.rules.fact.CommentsRead;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;
import eu.serviceaudit.advisor.rules.fact.CriterionVoice;
import eu.serviceaudit.advisor.rules.fact.DiagnosisFact;
import eu.serviceaudit.advisor.rules.fact.DimensionScore;
import eu.serviceaudit.advisor.rules.fact.Findings;
import eu.serviceaudit.advisor.rules.fact.NegativeComment;
import eu.serviceaudit.advisor.rules.fact.OverallScore;
import eu.serviceaudit.advisor.rules.fact.OwnerRole;
import eu.serviceaudit.advisor.rules.fact.Placement;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;
import eu.serviceaudit.advisor.rules.fact.Strength;
import eu.serviceaudit.advisor.rules.fact.SurveyAnswers;
import eu.serviceaudit.advisor.rules.fact.SurveyMeasure;
import eu.serviceaudit.advisor.rules.fact.SurveyScore;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.rules.fact.Weakness;

/**
 * Runs one session: inserts the catalogue, the thresholds, the audit's sector, locations and observations, its findings
 * as one {@link Findings} fact and its survey responses as one {@link SurveyAnswers} fact, and fires. The rules then name the comments worth reading (query "comments to match"); the
 * engine matches each with the comment matcher in the audit's language, inserts what they name and fires again.
 * Then it reads the queries and disposes the session. Knows nothing of the knowledge base's texts.
 */
public final class RuleEngine {

	private RuleEngine() {
	}

	/** An audit without observations or locations (figures, patterns and recommendations only); for tests. */
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
			session.insert(new AuditSector(eu.serviceaudit.advisor.audit.Sector.DEFAULT));
			criteria.forEach(session::insert);
			session.insert(Findings.of(findings));
			session.insert(SurveyAnswers.of(responses));
			return outcome(session, session.fireAllRules());
		}
		finally {
			session.dispose();
		}
	}

	/**
	 * The whole audit; {@code comments} reads the negative comments in the audit's language ({@link #NO_COMMENTS}
	 * reads none); {@code listener} (when not null) hears every rule that fires.
	 */
	public static RuleOutcome evaluate(KieBase kieBase, Collection<Criterion> criteria, Thresholds thresholds,
			Audit audit, CommentMatcher comments, AgendaEventListener listener) {
		return evaluate(kieBase, criteria, thresholds, audit, comments, listener, null);
	}

	/**
	 * As {@link #evaluate(KieBase, Collection, Thresholds, Audit, CommentMatcher, AgendaEventListener)}, and tells
	 * {@code alertsRaised} (when not null) the alerts and their follow-ups as soon as they are final: after the first
	 * firing, before the comments are read. Alert rules read only the facts inserted before it (findings, answers,
	 * observations, criteria), so nothing after it changes them; should a rule ever do so, the analysis fails rather
	 * than store follow-ups that differ from its alerts (docs/rules.md).
	 */
	public static RuleOutcome evaluate(KieBase kieBase, Collection<Criterion> criteria, Thresholds thresholds,
			Audit audit, CommentMatcher comments, AgendaEventListener listener, Consumer<RaisedAlerts> alertsRaised) {
		KieSession session = kieBase.newKieSession();
		try {
			if (listener != null) {
				session.addEventListener(listener);
			}
			session.insert(thresholds);
			session.insert(new AuditSector(audit.sector()));
			criteria.forEach(session::insert);
			audit.locations().forEach(session::insert);
			audit.observations().forEach(session::insert);
			// one fact each, not one per finding and answer: see Findings
			session.insert(Findings.of(audit.findings().toList()));
			session.insert(SurveyAnswers.of(audit.responses().toList()));
			int fired = session.fireAllRules();
			RaisedAlerts raised = null;
			if (alertsRaised != null) {
				raised = raisedAlerts(session);
				alertsRaised.accept(raised);
			}
			int matches = matchComments(session, criteria, audit, comments);
			if (matches > 0) {
				session.insert(new CommentsRead(matches));
				fired += session.fireAllRules();
			}
			RuleOutcome outcome = outcome(session, fired);
			if (raised != null && !raised.sameAs(outcome)) {
				throw new IllegalStateException("The rules changed the alerts after their first firing ("
						+ raised.alerts().size() + " alerts then, " + outcome.alerts().size() + " at the end): an "
						+ "alert rule may read only findings, answers, observations and criteria (docs/rules.md)");
			}
			return outcome;
		}
		finally {
			session.dispose();
		}
	}

	/** Matches nothing: an engine without a comment matcher. */
	public static final CommentMatcher NO_COMMENTS = (comment, language) -> Set.of();

	/** Inserts one CommentMatch per catalogue criterion each comment the rules chose names; how many it inserted. */
	private static int matchComments(KieSession session, Collection<Criterion> criteria, Audit audit,
			CommentMatcher comments) {

		if (comments == null || comments == NO_COMMENTS) {
			return 0;
		}
		Set<String> known = new java.util.HashSet<>();
		criteria.forEach(c -> known.add(c.code()));
		// customers repeat themselves: one reading per distinct text
		Map<String, Set<String>> named = new HashMap<>();
		int inserted = 0;

		for (NegativeComment comment : query(session, "comments to match", "$comment", NegativeComment.class)) {
			Set<String> codes = named.computeIfAbsent(comment.text(),
					text -> comments.criteriaNamedBy(text, audit.language()));
	
			for (String code : codes) {
				if (known.contains(code)) {
					session.insert(CommentMatch.of(code, comment));
					inserted++;
				}
			}
		}
		return inserted;
	}

	private static RuleOutcome outcome(KieSession session, int fired) {
		Map<SurveyMeasure, SurveyScore> surveys = new EnumMap<>(SurveyMeasure.class);
		for (SurveyScore score : query(session, "survey scores", "$score", SurveyScore.class)) {
			surveys.put(score.measure(), score);
		}
		return new RuleOutcome(query(session, "criterion patterns", "$classified", CriterionPattern.class),
				query(session, "weaknesses", "$weakness", Weakness.class),
				query(session, "strengths", "$strength", Strength.class),
				query(session, "dimension scores", "$score", DimensionScore.class),
				query(session, "overall score", "$score", OverallScore.class).stream().findFirst(), surveys,
				query(session, "recovery alerts", "$alert", RecoveryAlert.class),
				query(session, "prioritised proposals", "$prioritised", PrioritisedProposal.class), fired,
				query(session, "alert follow-ups", "$followUp", AlertFollowUp.class),
				query(session, "owner roles", "$owner", OwnerRole.class),
				query(session, "diagnoses", "$diagnosis", DiagnosisFact.class),
				query(session, "cautions", "$caveat", Caveat.class),
				query(session, "placements", "$placement", Placement.class),
				query(session, "criterion voices", "$voice", CriterionVoice.class));
	}

	private static RaisedAlerts raisedAlerts(KieSession session) {
		return new RaisedAlerts(query(session, "recovery alerts", "$alert", RecoveryAlert.class),
				query(session, "alert follow-ups", "$followUp", AlertFollowUp.class));
	}

	/** The alerts the rules raised and the follow-up each asks for, in no particular order. */
	public record RaisedAlerts(List<RecoveryAlert> alerts, List<AlertFollowUp> followUps) {

		boolean sameAs(RuleOutcome outcome) {
			return new HashSet<>(alerts).equals(new HashSet<>(outcome.alerts()))
					&& new HashSet<>(followUps).equals(new HashSet<>(outcome.followUps()));
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
