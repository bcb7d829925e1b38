package eu.serviceaudit.advisor.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.Observation;
import eu.serviceaudit.advisor.audit.Sector;
import eu.serviceaudit.advisor.audit.SurveyResponse;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * A scenario for the rule base of the top-level {@code rules/} folder: give findings and responses (each its own
 * observation, dated {@link #DATE}), run one session as the service does, read the outcome and the names of the
 * rules that fired, in firing order.
 */
final class RuleScenario {

	static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.load(ContentFolder.fromDirectory(Path.of("knowledge-base")));

	static final RuleBase RULES = new RuleBaseLoader().load(ContentFolder.fromDirectory(Path.of("rules")));

	static final LocalDate DATE = LocalDate.of(2026, 10, 5);

	private final List<Observation> observations = new ArrayList<>();

	private final Set<String> locations = new LinkedHashSet<>();

	private final List<String> fired = new ArrayList<>();

	private Sector sector = Sector.DEFAULT;

	private Language language = Language.EN;

	private CommentMatcher comments = RuleEngine.NO_COMMENTS;

	/** One observation by {@code method} at {@code location} scoring {@code criterion} {@code score} of 0..{@code max}. */
	RuleScenario finding(String criterion, double score, double max, String location, Method method, String comment) {
		String id = String.format("OBS-%02d", observations.size() + 1);
		locations.add(location);
		observations.add(new Observation(id, method, location, null, DATE,
				List.of(new Finding(id, location, method, criterion, score, 0, max, comment)), List.of()));
		return this;
	}

	RuleScenario finding(String criterion, double score, double max, String location) {
		return finding(criterion, score, max, location, Method.MYSTERY_SHOP, null);
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

	/** {@code count} observations scoring the criterion 0 of 1 (failures) at one location. */
	RuleScenario failuresAt(String criterion, int count, String location) {
		for (int i = 0; i < count; i++) {
			finding(criterion, 0, 1, location);
		}
		return this;
	}

	/** {@code count} observations scoring the criterion 1 of 1. */
	RuleScenario passes(String criterion, int count) {
		return passesAt(criterion, count, "LOC-1");
	}

	RuleScenario passesAt(String criterion, int count, String location) {
		for (int i = 0; i < count; i++) {
			finding(criterion, 1, 1, location);
		}
		return this;
	}

	/** One customer survey answer at LOC-1. */
	RuleScenario response(Integer recommend, Integer satisfaction, Integer effort, String comment) {
		return response(recommend, satisfaction, effort, comment, Method.CUSTOMER_SURVEY);
	}

	RuleScenario response(Integer recommend, Integer satisfaction, Integer effort, String comment, Method method) {
		String id = String.format("CS-%02d", observations.size() + 1);
		locations.add("LOC-1");
		observations.add(new Observation(id, method, "LOC-1", null, DATE, List.of(),
				List.of(new SurveyResponse(id, "LOC-1", 0, recommend, satisfaction, effort, comment))));
		return this;
	}

	RuleScenario sector(Sector value) {
		this.sector = value;
		return this;
	}

	RuleScenario language(Language value) {
		this.language = value;
		return this;
	}

	RuleScenario comments(CommentMatcher matcher) {
		this.comments = matcher;
		return this;
	}

	Audit audit() {
		return new Audit("Scenario", "test", language, sector,
				locations.stream().map(id -> new Audit.Location(id, "Shop " + id)).toList(), observations);
	}

	RuleOutcome run() {
		return run(Thresholds.DEFAULTS);
	}

	RuleOutcome run(Thresholds thresholds) {
		return RuleEngine.evaluate(RULES.kieBase(), CATALOGUE.all(), thresholds, audit(), comments,
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
