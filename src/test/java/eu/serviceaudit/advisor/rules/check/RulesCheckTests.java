package eu.serviceaudit.advisor.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.support.RulesFixtures;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/** The rules check on the repository's rules and on copies broken one way at a time. */
class RulesCheckTests {

	static final String TABLE = "recommendations/recommendation-table.drl.csv";

	static final String ISOLATED_FRONTLINE = "Isolated frontline slip gets coaching within 30 days,FRONTLINE,ISOLATED,false,EVERYWHERE,COACHING,30_DAYS,,LOCATION_MANAGER";

	final RulesCheck check = new RulesCheck(RulesFixtures.CATALOGUE, RulesFixtures.KNOWLEDGE, java.util.List.of(),
			RulesFixtures.messages(), RulesFixtures.KNOWLEDGE.commentVocabulary());

	final Path rules = RulesFixtures.copyOfRules();

	CheckReport check() {
		return check.check(ContentFolder.fromDirectory(rules));
	}

	@Test
	void shouldPassTheRepositoryRulesAndCoverEveryCriterionForEveryPattern() {
		CheckReport report = check();

		assertThat(report.problems()).isEmpty();
		assertThat(report.neverFired()).isEmpty();
		assertThat(report.scenarios()).allMatch(CheckReport.ScenarioSummary::passed).hasSizeGreaterThanOrEqualTo(8);
		assertThat(report.coverage().rows()).hasSize(RulesFixtures.CATALOGUE.all().size());
		Coverage.Row greeting = row(report, "GREETING");
		assertThat(greeting.cells().get(Pattern.ISOLATED).recommendations()).extracting(Coverage.Recommendation::kind,
				Coverage.Recommendation::horizon, Coverage.Recommendation::article)
			.containsExactly(tuple(RecommendationKind.COACHING, Horizon.DAYS_30, "rec-greeting"));
		assertThat(greeting.cells().get(Pattern.SYSTEMIC).recommendations()).extracting(Coverage.Recommendation::kind)
			.containsExactlyInAnyOrder(RecommendationKind.PROCESS, RecommendationKind.TRAINING);
		assertThat(greeting.cells().get(Pattern.RECURRING).recommendations()).singleElement()
			.satisfies(r -> assertThat(r.trainingActions()).isNotEmpty());
		assertThat(row(report, "SERVICE_STANDARDS").cells().get(Pattern.ISOLATED).recommendations())
			.extracting(Coverage.Recommendation::kind)
			.containsExactly(RecommendationKind.PROCESS);
	}

	@Test
	void shouldNameTheLinesOfTwoRowsThatDecideTheSameCaseDifferently() {
		append("Isolated channel slip gets coaching now,CHANNEL,ISOLATED,,,COACHING,NOW,,CHANNEL_OWNER,0.9,0.3,no,rec-{criterion}\n");

		assertThat(problems(TableRowsCheck.CONFLICT)).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(TABLE);
			assertThat(problem.line()).isEqualTo(47);
			assertThat(problem.message()).contains("(line 34)").contains("horizon NOW here, 30_DAYS there");
		});
	}

	@Test
	void shouldCallARepeatedRowADuplicate() {
		append("Same as the isolated channel row,CHANNEL,ISOLATED,,,COACHING,30_DAYS,,CHANNEL_OWNER,0.9,0.3,no,rec-{criterion}\n");

		assertThat(problems(TableRowsCheck.CONFLICT)).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("this row repeats the other"));
	}

	@Test
	void shouldFindARowNoCriterionOfTheCatalogueCanMeet() {
		append("Critical facility slip gets coaching now,FACILITY,ISOLATED,true,,COACHING,NOW,,LOCATION_MANAGER,0.9,0.3,no,rec-{criterion}\n");

		assertThat(problems(TableRowsCheck.NEVER_FIRES)).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(47);
			assertThat(problem.message()).contains("can never fire")
				.contains("no criterion of the catalogue with the scope FACILITY has critical = true");
		});
	}

	@Test
	void shouldNameCellsTheCompilerAcceptsButAnAnalysisCouldNotUse() {
		RulesFixtures.edit(rules, TABLE, "Recurring channel weakness gets team training within 90 days,CHANNEL,RECURRING,,,TRAINING,90_DAYS,30_DAYS,CHANNEL_OWNER,0.9,0.5",
				"Recurring channel weakness gets team training within 90 days,CHANNEL,RECURRING,,,TRAINING,30_DAYZ,30_DAYS,CHANNEL_OWNER,0.9,1.5");

		CheckReport report = check();

		assertThat(report.problems()).filteredOn(p -> p.check().equals(TableRowsCheck.TABLE))
			.extracting(RuleError::line, RuleError::message)
			.containsExactly(
					tuple(33, "row 'Recurring channel weakness gets team training within 90 days': Horizon is "
							+ "'30_DAYZ', expected one of NOW, 30_DAYS, 90_DAYS"),
					tuple(33, "row 'Recurring channel weakness gets team training within 90 days': Priority weight "
							+ "is '1.5', expected a number from 0 to 1"));
		assertThat(report.problems()).filteredOn(p -> p.check().equals(RulesCheck.RUNTIME))
			.singleElement()
			.satisfies(p -> assertThat(p.toString()).startsWith(TABLE + ":33: [runtime] rule 'Recurring channel "
					+ "weakness gets team training within 90 days' failed while analysing the coverage audits: "
					+ "IllegalArgumentException: Unknown horizon 30_DAYZ"));
	}

	@Test
	void shouldFindACriterionAndPatternNoRowCovers() {
		RulesFixtures.edit(rules, TABLE, "Recurring channel weakness gets team training within 90 days,CHANNEL,RECURRING,,",
				"Recurring channel weakness gets team training within 90 days,CHANNEL,SYSTEMIC,,");

		List<RuleError> coverage = problems(CoverageCheck.COVERAGE);

		assertThat(coverage).extracting(RuleError::message)
			.containsExactly("HUMAN_REACHABLE, AUTO_ACKNOWLEDGEMENT, SOCIAL_RESPONSE, CONTACT_INFO_VISIBLE, WEBSITE_MOBILE "
					+ "(CHANNEL, RECURRING) gets no recommendation: add a row for scope CHANNEL and pattern RECURRING",
					"HUMAN_REACHABLE, AUTO_ACKNOWLEDGEMENT, SOCIAL_RESPONSE, CONTACT_INFO_VISIBLE, WEBSITE_MOBILE "
							+ "(CHANNEL, RECURRING at one location) gets no recommendation: add a row for scope "
							+ "CHANNEL, pattern RECURRING and reach LOCAL (or an empty reach)");
		assertThat(check().coverage().rows()).filteredOn(r -> r.criterion().equals("WEBSITE_MOBILE"))
			.singleElement()
			.satisfies(r -> assertThat(r.cells().get(Pattern.RECURRING).recommendations()).isEmpty());
	}

	@Test
	void shouldRefuseARowThatBreaksTheContractNamingItsLine() {
		RulesFixtures.edit(rules, TABLE, ISOLATED_FRONTLINE,
				ISOLATED_FRONTLINE.replace("EVERYWHERE,COACHING,30_DAYS", "EVERYWHERE,TRAINING,30_DAYS"));

		assertThat(problems(CoverageCheck.CONTRACT)).isNotEmpty().allSatisfy(problem -> {
			assertThat(problem.file()).isEqualTo(TABLE);
			assertThat(problem.line()).isEqualTo(17);
		}).anySatisfy(problem -> assertThat(problem.message()).contains("GREETING, EYE_CONTACT_SMILE")
			.endsWith("an ISOLATED weakness gets COACHING, not a programme"));
		assertThat(problems("scenario")).as("the scenarios that expect coaching fail too")
			.extracting(RuleError::file)
			.contains("scenarios/isolated-slip-coaching.yaml", "scenarios/critical-ranks-first.yaml");
	}

	@Test
	void shouldRefuseARowPointingAtAnExerciseOrAMissingArticle() {
		RulesFixtures.edit(rules, TABLE, "Isolated facility slip gets coaching within 30 days,FACILITY,ISOLATED,,,COACHING,30_DAYS,,LOCATION_MANAGER,0.9,0.3,no,rec-{criterion}",
				"Isolated facility slip gets coaching within 30 days,FACILITY,ISOLATED,,,COACHING,30_DAYS,,LOCATION_MANAGER,0.9,0.3,no,rec-{criterion}-typo");
		RulesFixtures.edit(rules, TABLE, "Isolated channel slip gets coaching within 30 days,CHANNEL,ISOLATED,,,COACHING,30_DAYS,,CHANNEL_OWNER,0.9,0.3,no,rec-{criterion}",
				"Isolated channel slip gets coaching within 30 days,CHANNEL,ISOLATED,,,COACHING,30_DAYS,,CHANNEL_OWNER,0.9,0.3,no,ex-30-30-greeting-drill");

		assertThat(problems(CoverageCheck.ARTICLE)).extracting(RuleError::line, RuleError::message)
			.contains(tuple(39, "'Isolated facility slip gets coaching within 30 days' points PREMISES_CLEAN at the "
					+ "article 'rec-premises-clean-typo', which the knowledge base does not have"))
			.contains(tuple(34, "'Isolated channel slip gets coaching within 30 days' points HUMAN_REACHABLE, "
					+ "AUTO_ACKNOWLEDGEMENT, SOCIAL_RESPONSE, CONTACT_INFO_VISIBLE, WEBSITE_MOBILE at "
					+ "'ex-30-30-greeting-drill', which is an EXERCISE, not a RECOMMENDATION"));
	}

	@Test
	void shouldFindADrlRuleNoScenarioMakesFireAtItsLine() {
		RulesFixtures.write(rules, "alerts/vip.drl", """
				package alerts;

				import eu.serviceaudit.advisor.audit.SurveyResponse;
				import eu.serviceaudit.advisor.rules.fact.SurveyAnswers;

				rule "A customer who scores effort 7 is a VIP to call back"
				when
				    $answers : SurveyAnswers()
				    SurveyResponse( effort == 7 ) from $answers.all()
				then
				end
				""");

		CheckReport report = check();

		assertThat(report.neverFired()).containsExactly("A customer who scores effort 7 is a VIP to call back");
		assertThat(problems(TableRowsCheck.NEVER_FIRES)).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("alerts/vip.drl");
			assertThat(problem.line()).isEqualTo(6);
		});

		RulesFixtures.write(rules, "scenarios/vip.yaml", """
				responses:
				  - {observation: CS-01, effort: 7}
				expect:
				  alerts: []
				""");
		assertThat(check().problems()).isEmpty();
	}

	@Test
	void shouldFindARuleThatMatchesSingleAnswersWithoutReadingThemFromTheAuditsAnswers() {
		// the engine inserts the answers as one SurveyAnswers fact: a bare SurveyResponse( ... ) never matches
		RulesFixtures.write(rules, "alerts/vip.drl", """
				package alerts;

				import eu.serviceaudit.advisor.audit.SurveyResponse;

				rule "A customer who scores effort 7 is a VIP to call back"
				when
				    SurveyResponse( effort == 7 )
				then
				end
				""");
		RulesFixtures.write(rules, "scenarios/vip.yaml", """
				responses:
				  - {observation: CS-01, effort: 7}
				expect:
				  alerts: []
				""");

		assertThat(check().neverFired()).containsExactly("A customer who scores effort 7 is a VIP to call back");
	}

	@Test
	void shouldReportCompileErrorsWithoutRunningAnything() {
		RulesFixtures.write(rules, "alerts/broken.drl", "package alerts;\n\nrule \"Half a rule\"\nwhen\n    Finding( score > \nthen\nend\n");

		CheckReport report = check();

		assertThat(report.version()).isNull();
		assertThat(report.coverage()).isNull();
		assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.check()).isEqualTo(RuleError.COMPILE))
			.anySatisfy(problem -> assertThat(problem.toString()).startsWith("alerts/broken.drl:7: "));
		assertThat(report.scenarios()).isEmpty();
	}

	private List<RuleError> problems(String kind) {
		return check().problems().stream().filter(p -> p.check().equals(kind)).toList();
	}

	/** Adds a row at the end of the table, line 31. */
	private void append(String row) {
		String table = ContentFolder.fromDirectory(rules).text(TABLE);
		RulesFixtures.write(rules, TABLE, (table.endsWith("\n") ? table : table + "\n") + row);
	}

	private static Coverage.Row row(CheckReport report, String criterion) {
		return report.coverage().rows().stream().filter(r -> r.criterion().equals(criterion)).findFirst().orElseThrow();
	}

}
