package eu.serviceaudit.advisor.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.SurveyResponse;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * A scenario for the rule base of the top-level {@code rules/} folder: give findings and responses, run one session,
 * read the outcome and the names of the rules that fired, in firing order.
 */
final class RuleScenario {

	static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.load(ContentFolder.fromDirectory(Path.of("knowledge-base")));

	static final RuleBase RULES = new RuleBaseLoader().load(ContentFolder.fromDirectory(Path.of("rules")));

	private final List<Finding> findings = new ArrayList<>();

	private final List<SurveyResponse> responses = new ArrayList<>();

	private final List<String> fired = new ArrayList<>();

	private int observations;

	/** One observation at {@code location} scoring {@code criterion} {@code score} out of 0..{@code max}. */
	RuleScenario finding(String criterion, double score, double max, String location) {
		observations++;
		findings.add(new Finding(String.format("OBS-%02d", observations), location, Method.MYSTERY_SHOP, criterion,
				score, 0, max, null));
		return this;
	}

	RuleScenario finding(String criterion, double score, double max) {
		return finding(criterion, score, max, "LOC-1");
	}

	/** {@code count} observations scoring the criterion 0 of 1 (failures) at their own locations. */
	RuleScenario failures(String criterion, int count) {
		for (int i = 0; i < count; i++) {
			finding(criterion, 0, 1, "LOC-" + (i + 1));
		}
		return this;
	}

	/** {@code count} observations scoring the criterion 1 of 1. */
	RuleScenario passes(String criterion, int count) {
		for (int i = 0; i < count; i++) {
			finding(criterion, 1, 1, "LOC-1");
		}
		return this;
	}

	RuleScenario response(Integer recommend, Integer satisfaction, Integer effort, String comment) {
		observations++;
		responses.add(new SurveyResponse(String.format("CS-%02d", observations), "LOC-1", 0, recommend, satisfaction,
				effort, comment));
		return this;
	}

	RuleOutcome run() {
		return run(Thresholds.DEFAULTS);
	}

	RuleOutcome run(Thresholds thresholds) {
		return RuleEngine.evaluate(RULES.kieBase(), CATALOGUE.all(), thresholds, findings, responses,
				new DefaultAgendaEventListener() {
					@Override
					public void afterMatchFired(AfterMatchFiredEvent event) {
						fired.add(event.getMatch().getRule().getName());
					}
				});
	}

	/** The names of the rules that fired, in order, each as often as it fired. */
	List<String> fired() {
		return fired;
	}

}
