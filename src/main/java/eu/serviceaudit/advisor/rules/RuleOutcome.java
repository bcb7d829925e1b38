package eu.serviceaudit.advisor.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.serviceaudit.advisor.rules.fact.AlertFollowUp;
import eu.serviceaudit.advisor.rules.fact.Caveat;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;
import eu.serviceaudit.advisor.rules.fact.CriterionVoice;
import eu.serviceaudit.advisor.rules.fact.DiagnosisFact;
import eu.serviceaudit.advisor.rules.fact.DimensionScore;
import eu.serviceaudit.advisor.rules.fact.OverallScore;
import eu.serviceaudit.advisor.rules.fact.OwnerRole;
import eu.serviceaudit.advisor.rules.fact.Placement;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;
import eu.serviceaudit.advisor.rules.fact.Strength;
import eu.serviceaudit.advisor.rules.fact.SurveyMeasure;
import eu.serviceaudit.advisor.rules.fact.SurveyScore;
import eu.serviceaudit.advisor.rules.fact.Weakness;

/** What one rule session concluded, read from the queries of the rule base; not yet worded for a language. */
public record RuleOutcome(List<CriterionPattern> criteria, List<Weakness> weaknesses, List<Strength> strengths,
		List<DimensionScore> dimensions, Optional<OverallScore> overall, Map<SurveyMeasure, SurveyScore> surveys,
		List<RecoveryAlert> alerts, List<PrioritisedProposal> proposals, int rulesFired, List<AlertFollowUp> followUps,
		List<OwnerRole> ownerRoles, List<DiagnosisFact> diagnoses, List<Caveat> cautions, List<Placement> placements,
		List<CriterionVoice> voices) {
}
