package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.criteria.Scope;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.Proposal;

/** rules/recommendations/recommendation-table.drl.csv: which recommendations a weakness gets. */
class RecommendationTableTests {

	@Test
	void shouldDecideTheSampleCaseRowByRowInRankOrder() {
		RuleScenario scenario = new RuleScenario().failures("GREETING", 3) // frontline, systemic
			.failures("FAREWELL", 2) // frontline, recurring (2 of 2)
			.failures("TONE_COURTESY", 1) // critical frontline, isolated
			.passes("TONE_COURTESY", 3)
			.failures("IMPROVEMENT_SESSIONS", 1); // organisation, isolated, explains none of the others

		List<Proposal> ranked = ranked(scenario.run());

		assertThat(ranked).extracting(Proposal::code, Proposal::kind, Proposal::horizon, Proposal::rule)
			.containsExactly(
					tuple("GREETING", RecommendationKind.PROCESS, Horizon.DAYS_30,
							"Systemic frontline weakness gets a process change within 30 days"),
					tuple("GREETING", RecommendationKind.TRAINING, Horizon.DAYS_30,
							"Systemic frontline weakness gets team training within 30 days"),
					tuple("FAREWELL", RecommendationKind.TRAINING, Horizon.DAYS_30,
							"Recurring frontline weakness gets team training within 30 days"),
					tuple("TONE_COURTESY", RecommendationKind.COACHING, Horizon.NOW,
							"Isolated frontline slip of a critical criterion gets coaching now"),
					tuple("IMPROVEMENT_SESSIONS", RecommendationKind.PROCESS, Horizon.DAYS_90,
							"Isolated organisation gap still gets a process change within 90 days"));
		assertThat(ranked).extracting(Proposal::article)
			.containsExactly("rec-greeting", "rec-greeting", "rec-farewell", "rec-tone-courtesy",
					"rec-improvement-sessions");
		assertThat(ranked).extracting(Proposal::exercises).containsExactly(true, true, true, false, true);
		assertThat(scenario.fired()).contains("Systemic frontline weakness gets a process change within 30 days",
				"Isolated organisation gap still gets a process change within 90 days");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Pattern.class, names = { "SYSTEMIC", "RECURRING", "ISOLATED" })
	void shouldDecideByTheContractForEveryCriterionOfTheCatalogue(Pattern pattern) {
		for (Criterion criterion : RuleScenario.CATALOGUE.all()) {
			RuleScenario scenario = new RuleScenario();
			switch (pattern) {
				case SYSTEMIC -> scenario.failures(criterion.code(), 3);
				case RECURRING -> scenario.failures(criterion.code(), 2).passes(criterion.code(), 2);
				default -> scenario.failures(criterion.code(), 1).passes(criterion.code(), 5);
			}

			List<Proposal> proposals = ranked(scenario.run());

			String what = criterion.code() + " " + pattern;
			assertThat(proposals).as(what + " is addressed").isNotEmpty();
			assertThat(proposals).extracting(Proposal::rule).as(what).doesNotHaveDuplicates();
			for (Proposal proposal : proposals) {
				if (criterion.scope() == Scope.ORGANISATION) {
					assertThat(proposal.kind()).as(what).isEqualTo(RecommendationKind.PROCESS);
				}
				else if (pattern == Pattern.ISOLATED) {
					assertThat(proposal.kind()).as(what).isEqualTo(RecommendationKind.COACHING);
				}
				else if (pattern == Pattern.RECURRING) {
					assertThat(proposal.kind()).as(what).isEqualTo(RecommendationKind.TRAINING);
				}
				else {
					assertThat(proposal.kind()).as(what).isIn(RecommendationKind.PROCESS, RecommendationKind.TRAINING);
					assertThat(proposal.horizon()).as(what).isIn(Horizon.NOW, Horizon.DAYS_30);
				}
				if (criterion.trainable() && proposal.kind() != RecommendationKind.COACHING) {
					assertThat(proposal.exercises()).as(what + " offers training actions").isTrue();
				}
				assertThat(proposal.article()).isEqualTo("rec-" + criterion.code().toLowerCase().replace('_', '-'));
				assertThat(proposal.kpiTarget()).isBetween(0.0, 1.0);
				assertThat(proposal.weight()).isBetween(0.0, 1.0);
				assertThat(proposal.ownerRole()).isNotBlank();
			}
			if (pattern == Pattern.SYSTEMIC && criterion.scope() == Scope.FRONTLINE) {
				assertThat(proposals).extracting(Proposal::kind)
					.as(what + " gets both a process change and training")
					.containsExactlyInAnyOrder(RecommendationKind.PROCESS, RecommendationKind.TRAINING);
			}
		}
	}

	@Test
	void shouldGiveAnOrganisationGapAProcessChangeEvenWhenItIsIsolated() {
		RuleOutcome outcome = new RuleScenario().failures("ROOT_CAUSE_LOG", 1).passes("ROOT_CAUSE_LOG", 9).run();

		assertThat(outcome.weaknesses()).singleElement()
			.satisfies(w -> assertThat(w.pattern()).isEqualTo(Pattern.ISOLATED));
		assertThat(ranked(outcome)).extracting(Proposal::kind, Proposal::ownerRole)
			.containsExactly(tuple(RecommendationKind.PROCESS, "SERVICE_DIRECTOR"));
	}

	static List<Proposal> ranked(RuleOutcome outcome) {
		return outcome.proposals()
			.stream()
			.sorted(Comparator.comparingDouble((PrioritisedProposal p) -> -p.priority())
				.thenComparing(p -> p.proposal().code()))
			.map(PrioritisedProposal::proposal)
			.toList();
	}

}
