package eu.serviceaudit.advisor.rules.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;
import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleBaseLoader;
import eu.serviceaudit.advisor.rules.RuleCompilationException;
import eu.serviceaudit.advisor.rules.RuleEngine;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.rules.scenario.ScenarioFile;
import eu.serviceaudit.advisor.rules.scenario.ScenarioReader;
import eu.serviceaudit.advisor.rules.scenario.ScenarioResult;
import eu.serviceaudit.advisor.rules.scenario.ScenarioRunner;
import eu.serviceaudit.advisor.rules.scenario.TracingAnalyser;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The rules check: everything a rules folder must pass before it goes live, in one place, for the
 * {@code --check-rules} command, the reload and the start alike. In order: it compiles; no two decision-table rows
 * decide the same case differently and every row can fire; every criterion of the catalogue gets a recommendation
 * of the contract's kind for every pattern, pointing at an article that exists in every language; every scenario
 * file passes; every rule fired in some run.
 */
public final class RulesCheck {

	static final String RUNTIME = "runtime";

	private final CriteriaCatalogue catalogue;

	private final KnowledgeBase knowledge;

	private final List<RuleError> knowledgeProblems;

	private final TracingAnalyser analyser;

	private final MessageSource messages;

	/**
	 * @param knowledge the knowledge base the articles must exist in; null when it did not load, in which case
	 * {@code knowledgeProblems} says why and articles are not checked
	 */
	public RulesCheck(CriteriaCatalogue catalogue, KnowledgeBase knowledge, List<RuleError> knowledgeProblems,
			MessageSource messages) {
		this(catalogue, knowledge, knowledgeProblems, messages, RuleEngine.NO_COMMENTS);
	}

	/** {@code comments} reads the comments of the scenario files as the service does. */
	public RulesCheck(CriteriaCatalogue catalogue, KnowledgeBase knowledge, List<RuleError> knowledgeProblems,
			MessageSource messages, CommentMatcher comments) {
		this.catalogue = catalogue;
		this.knowledge = knowledge;
		this.knowledgeProblems = List.copyOf(knowledgeProblems);
		this.messages = messages;
		this.analyser = new TracingAnalyser(catalogue,
				knowledge != null ? knowledge : new KnowledgeBase(List.of(), "none"), messages,
				new CriterionCodeComments(catalogue, comments));
	}

	public RulesCheck(CriteriaCatalogue catalogue, KnowledgeBase knowledge, MessageSource messages) {
		this(catalogue, knowledge, List.of(), messages);
	}

	/** Compiles the folder and checks it. */
	public CheckReport check(ContentFolder rules) {
		RuleBase ruleBase;
		try {
			ruleBase = new RuleBaseLoader().load(rules);
		}
		catch (RuleCompilationException ex) {
			List<RuleError> problems = new ArrayList<>(knowledgeProblems);
			problems.addAll(ex.errors());
			return new CheckReport(rules.origin(), null, 0, problems, null, List.of(), List.of());
		}
		return check(rules, ruleBase);
	}

	/** Checks a rule base compiled from {@code rules}. */
	public CheckReport check(ContentFolder rules, RuleBase ruleBase) {
		List<RuleError> problems = new ArrayList<>(knowledgeProblems);
		List<DecisionTableRow> rows = DecisionTables.rows(rules);
		RuleLocations locations = new RuleLocations(rules, rows);
		TableRowsCheck tableCheck = new TableRowsCheck(catalogue);
		problems.addAll(tableCheck.check(rows));
		problems.addAll(new VocabularyTablesCheck(catalogue, messages).check(rules, rows));

		CoverageRuns coverageRuns = new CoverageRuns(analyser);
		Coverage coverage = null;
		boolean allRan = true;
		try {
			coverage = coverageRuns.run(ruleBase);
			String tableFile = rows.stream().filter(DecisionTableRow::recommends).map(DecisionTableRow::file)
				.findFirst().orElse("");
			problems.addAll(new CoverageCheck(knowledge, locations, tableFile).check(coverage));
		}
		catch (ConsequenceException ex) {
			allRan = false;
			problems.add(failed(ex, "the coverage audits", locations));
		}

		Set<String> fired = new HashSet<>(coverageRuns.firedRules());
		List<CheckReport.ScenarioSummary> scenarios = new ArrayList<>();
		ScenarioRunner runner = new ScenarioRunner(analyser);
		for (ScenarioFile file : new ScenarioReader().readAll(rules)) {
			if (!file.readable()) {
				problems.addAll(file.problems());
				scenarios.add(new CheckReport.ScenarioSummary(file.file(), file.file(), false, file.problems()));
				continue;
			}
			ScenarioResult result;
			try {
				result = runner.run(ruleBase, file.scenario());
			}
			catch (ConsequenceException ex) {
				allRan = false;
				problems.add(failed(ex, file.file(), locations));
				scenarios.add(new CheckReport.ScenarioSummary(file.file(), file.scenario().name(), false,
						List.of(failed(ex, file.file(), locations))));
				continue;
			}
			fired.addAll(result.firedRules());
			problems.addAll(result.failures());
			scenarios.add(CheckReport.ScenarioSummary.of(result));
		}

		Set<String> unsatisfiableRows = new HashSet<>();
		rows.stream().filter(row -> tableCheck.unsatisfiable(row) != null).forEach(row -> unsatisfiableRows.add(row.rule()));
		List<String> neverFired = new ArrayList<>();
		for (String rule : ruleNames(ruleBase)) {
			if (!allRan || fired.contains(rule)) {
				continue;
			}
			neverFired.add(rule);
			if (!unsatisfiableRows.contains(rule)) {
				RuleLocations.Location at = locations.of(rule);
				problems.add(new RuleError(TableRowsCheck.NEVER_FIRES, at.file(), at.line(), "rule '" + rule
						+ "' fired in no scenario and no coverage run: write a scenario that makes it fire, or delete it"));
			}
		}
		return new CheckReport(rules.origin(), ruleBase.version(), ruleBase.rules(), problems, coverage, scenarios,
				neverFired);
	}

	/** A rule whose action threw while analysing: named at its file and line, with what went wrong. */
	private static RuleError failed(ConsequenceException ex, String during, RuleLocations locations) {
		String rule = ex.getRule() == null ? "?" : ex.getRule().getName();
		Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
		RuleLocations.Location at = locations.of(rule);
		return new RuleError(RUNTIME, at.file(), at.line(), "rule '" + rule + "' failed while analysing " + during
				+ ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
	}

	private static Set<String> ruleNames(RuleBase ruleBase) {
		Set<String> names = new LinkedHashSet<>();
		for (KiePackage pkg : ruleBase.kieBase().getKiePackages()) {
			Set<String> queries = new HashSet<>();
			for (Query query : pkg.getQueries()) {
				queries.add(query.getName());
			}
			for (Rule rule : pkg.getRules()) {
				if (!queries.contains(rule.getName())) {
					names.add(rule.getName());
				}
			}
		}
		return names;
	}

}
