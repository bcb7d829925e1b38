package eu.serviceaudit.advisor.rules.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;

import eu.serviceaudit.advisor.analysis.AlertKind;
import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.analysis.Severity;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditRequest.FindingInput;
import eu.serviceaudit.advisor.audit.AuditRequest.LocationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ObservationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ResponseInput;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedAlert;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedCaution;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedDiagnosis;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedFigure;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedRecommendation;
import eu.serviceaudit.advisor.rules.scenario.Scenario.ExpectedWeakness;
import eu.serviceaudit.advisor.rules.scenario.Scenario.Expectations;
import eu.serviceaudit.advisor.rules.scenario.YamlNodes.Mapping;
import eu.serviceaudit.advisor.rules.scenario.YamlNodes.Node;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Reads a scenario file (YAML, or JSON which is YAML too); format in docs/rules.md. The audit is either the
 * contract's input shape under {@code audit:} or the compact lists {@code findings:} and {@code responses:}, one
 * line per finding or answer, grouped into observations by their {@code observation} id.
 */
public final class ScenarioReader {

	public static final String FOLDER = "scenarios/";

	private static final Set<String> TOP = new LinkedHashSet<>(List.of("name", "description", "client", "wave",
			"language", "sector", "audit", "findings", "responses", "expect"));

	private static final Set<String> AUDIT = new LinkedHashSet<>(List.of("client", "wave", "language", "sector",
			"locations", "observations"));

	private static final Set<String> LOCATION = Set.of("id", "name");

	private static final Set<String> OBSERVATION = new LinkedHashSet<>(List.of("id", "method", "locationId",
			"channel", "date", "findings", "responses"));

	private static final Set<String> FINDING = new LinkedHashSet<>(List.of("criterion", "score", "min", "max",
			"comment"));

	private static final Set<String> RESPONSE = new LinkedHashSet<>(List.of("recommend", "satisfaction", "effort",
			"comment"));

	private static final Set<String> COMPACT_FINDING = new LinkedHashSet<>(List.of("observation", "location",
			"method", "channel", "date", "criterion", "score", "min", "max", "comment"));

	private static final Set<String> COMPACT_RESPONSE = new LinkedHashSet<>(List.of("observation", "location",
			"method", "channel", "date", "recommend", "satisfaction", "effort", "comment"));

	private static final Set<String> EXPECT = new LinkedHashSet<>(List.of("recommendations", "otherRecommendations",
			"weaknesses", "strengths", "alerts", "summary", "diagnoses", "cautions"));

	private static final Set<String> SUMMARY = new LinkedHashSet<>(List.of("overallScore", "nps", "csat", "ces",
			"npsResponses", "npsMargin"));

	private static final Set<String> RECOMMENDATION = new LinkedHashSet<>(List.of("criterion", "kind", "pattern",
			"horizon", "rank", "ownerRole", "article", "trainingActions", "rule", "locations"));

	private static final Set<String> ALERT = new LinkedHashSet<>(List.of("observation", "severity", "criterion",
			"kind", "due"));

	private static final Set<String> DIAGNOSIS = new LinkedHashSet<>(List.of("kind", "criteria", "locations"));

	private static final Set<String> CAUTION = new LinkedHashSet<>(List.of("code", "criterion"));

	private static final String DEFAULT_LOCATION = "LOC-1";

	/** Whether a file of a rules folder is a scenario file. */
	public static boolean isScenarioFile(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		return lower.startsWith(FOLDER) && !lower.contains("/.")
				&& (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"));
	}

	/** Every scenario file of a rules folder, read, in file name order. */
	public List<ScenarioFile> readAll(ContentFolder rules) {
		List<ScenarioFile> files = new ArrayList<>();
		for (String path : rules.files().keySet()) {
			if (isScenarioFile(path)) {
				files.add(read(path, rules.text(path)));
			}
		}
		return files;
	}

	/** The scenario, or the problems that keep it from being run. */
	public ScenarioFile read(String file, String text) {
		List<RuleError> problems = new ArrayList<>();
		Node root;
		try {
			root = YamlNodes.parse(text);
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : Math.max(0, ex.getLocation().getLineNr());
			problems.add(new RuleError(YamlNodes.CHECK, file, line, "not valid YAML: "
					+ String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse("")));
			return new ScenarioFile(file, null, problems);
		}
		YamlNodes yaml = new YamlNodes(file, problems);
		if (!(root instanceof Mapping)) {
			problems.add(new RuleError(YamlNodes.CHECK, file, YamlNodes.line(root),
					"a scenario is a mapping with audit (or findings/responses) and expect"));
			return new ScenarioFile(file, null, problems);
		}
		Map<String, Node> top = yaml.mapping(root, "the scenario", TOP);
		String fileName = file.substring(file.lastIndexOf('/') + 1);
		String name = orDefault(yaml.text(top.get("name"), "name"), fileName.replaceFirst("\\.(ya?ml|json)$", ""));
		String description = yaml.text(top.get("description"), "description");
		AuditRequest audit = audit(top, root, name, yaml);
		Expectations expect = top.containsKey("expect") ? expectations(top.get("expect"), yaml) : null;
		if (expect == null) {
			yaml.problem(root, "the scenario has no expect: say what the analysis must show");
		}
		if (!problems.isEmpty()) {
			return new ScenarioFile(file, null, problems);
		}
		return new ScenarioFile(file, new Scenario(file, name, description, audit, expect), List.of());
	}

	private AuditRequest audit(Map<String, Node> top, Node root, String name, YamlNodes yaml) {
		boolean full = top.containsKey("audit");
		boolean compact = top.containsKey("findings") || top.containsKey("responses");
		if (full == compact) {
			yaml.problem(root, full ? "give the audit either under audit: or as findings:/responses:, not both"
					: "the scenario needs an audit: (the contract's input shape) or findings:/responses:");
			return null;
		}
		String client = orDefault(yaml.text(top.get("client"), "client"), "Scenario " + name);
		String wave = orDefault(yaml.text(top.get("wave"), "wave"), "scenario");
		String language = yaml.text(top.get("language"), "language");
		String sector = yaml.text(top.get("sector"), "sector");
		if (full) {
			return fullAudit(top.get("audit"), client, wave, language, sector, yaml);
		}
		return compactAudit(top, client, wave, language, sector, yaml);
	}

	private AuditRequest fullAudit(Node node, String client, String wave, String language, String sector,
			YamlNodes yaml) {
		Map<String, Node> audit = yaml.mapping(node, "audit", AUDIT);
		List<LocationInput> locations = new ArrayList<>();
		for (Node item : yaml.sequence(audit.get("locations"), "audit.locations")) {
			Map<String, Node> location = yaml.mapping(item, "a location", LOCATION);
			locations.add(new LocationInput(yaml.text(location.get("id"), "id"), yaml.text(location.get("name"), "name")));
		}
		List<ObservationInput> observations = new ArrayList<>();
		for (Node item : yaml.sequence(audit.get("observations"), "audit.observations")) {
			Map<String, Node> o = yaml.mapping(item, "an observation", OBSERVATION);
			List<FindingInput> findings = new ArrayList<>();
			for (Node f : yaml.sequence(o.get("findings"), "findings")) {
				Map<String, Node> finding = yaml.mapping(f, "a finding", FINDING);
				findings.add(finding(finding, yaml));
			}
			List<ResponseInput> responses = new ArrayList<>();
			for (Node r : yaml.sequence(o.get("responses"), "responses")) {
				responses.add(response(yaml.mapping(r, "a response", RESPONSE), yaml));
			}
			observations.add(new ObservationInput(yaml.text(o.get("id"), "id"), yaml.text(o.get("method"), "method"),
					yaml.text(o.get("locationId"), "locationId"), yaml.text(o.get("channel"), "channel"),
					yaml.text(o.get("date"), "date"), findings, responses));
		}
		return new AuditRequest(orDefault(yaml.text(audit.get("client"), "client"), client),
				orDefault(yaml.text(audit.get("wave"), "wave"), wave),
				orDefault(yaml.text(audit.get("language"), "language"), language),
				orDefault(yaml.text(audit.get("sector"), "sector"), sector), locations, observations);
	}

	private AuditRequest compactAudit(Map<String, Node> top, String client, String wave, String language,
			String sector, YamlNodes yaml) {
		Map<String, ObservationBuilder> observations = new LinkedHashMap<>();
		Set<String> locations = new LinkedHashSet<>();
		for (Node item : yaml.sequence(top.get("findings"), "findings")) {
			Map<String, Node> f = yaml.mapping(item, "a finding", COMPACT_FINDING);
			ObservationBuilder observation = observation(f, item, "MYSTERY_SHOP", observations, locations, yaml);
			if (observation != null) {
				observation.findings.add(finding(f, yaml));
			}
		}
		for (Node item : yaml.sequence(top.get("responses"), "responses")) {
			Map<String, Node> r = yaml.mapping(item, "a response", COMPACT_RESPONSE);
			ObservationBuilder observation = observation(r, item, "CUSTOMER_SURVEY", observations, locations, yaml);
			if (observation != null) {
				observation.responses.add(response(r, yaml));
			}
		}
		return new AuditRequest(client, wave, language, sector,
				locations.stream().map(id -> new LocationInput(id, id)).toList(),
				observations.values().stream().map(ObservationBuilder::build).toList());
	}

	private static ObservationBuilder observation(Map<String, Node> entry, Node item, String defaultMethod,
			Map<String, ObservationBuilder> observations, Set<String> locations, YamlNodes yaml) {
		String id = yaml.requiredText(entry, "observation", item, "a finding or response");
		if (id == null) {
			return null;
		}
		String location = orDefault(yaml.text(entry.get("location"), "location"), DEFAULT_LOCATION);
		String method = orDefault(yaml.text(entry.get("method"), "method"), defaultMethod);
		locations.add(location);
		ObservationBuilder observation = observations.computeIfAbsent(id,
				key -> new ObservationBuilder(key, method, location, yaml.text(entry.get("channel"), "channel"),
						yaml.text(entry.get("date"), "date")));
		if (!observation.location.equals(location) || !observation.method.equals(method)) {
			yaml.problem(item, "observation " + id + " is at " + observation.location + " by " + observation.method
					+ " in an earlier line; one observation has one location and one method");
		}
		return observation;
	}

	private static FindingInput finding(Map<String, Node> f, YamlNodes yaml) {
		Double max = yaml.number(f.get("max"), "max");
		return new FindingInput(yaml.text(f.get("criterion"), "criterion"), yaml.number(f.get("score"), "score"),
				yaml.number(f.get("min"), "min"), max == null && f.get("max") == null ? Double.valueOf(1) : max,
				yaml.text(f.get("comment"), "comment"));
	}

	private static ResponseInput response(Map<String, Node> r, YamlNodes yaml) {
		return new ResponseInput(yaml.number(r.get("recommend"), "recommend"),
				yaml.number(r.get("satisfaction"), "satisfaction"), yaml.number(r.get("effort"), "effort"),
				yaml.text(r.get("comment"), "comment"));
	}

	private static Expectations expectations(Node node, YamlNodes yaml) {
		Map<String, Node> expect = yaml.mapping(node, "expect", EXPECT);
		List<ExpectedRecommendation> recommendations = null;
		if (expect.containsKey("recommendations")) {
			recommendations = new ArrayList<>();
			for (Node item : yaml.sequence(expect.get("recommendations"), "expect.recommendations")) {
				recommendations.add(recommendation(item, yaml));
			}
		}
		Boolean others = yaml.bool(expect.get("otherRecommendations"), "otherRecommendations");
		Map<String, ExpectedWeakness> weaknesses = null;
		if (expect.containsKey("weaknesses")) {
			weaknesses = new LinkedHashMap<>();
			Node weaknessNode = expect.get("weaknesses");
			if (weaknessNode instanceof Mapping mapping) {
				for (YamlNodes.Entry entry : mapping.entries()) {
					String code = entry.key().strip();
					Pattern pattern = yaml.enumValue(entry.value(), Pattern.class, "pattern of " + code);
					weaknesses.put(code, new ExpectedWeakness(entry.line(), code, pattern));
				}
			}
			else if (!yaml.sequence(weaknessNode, "expect.weaknesses").isEmpty()) {
				yaml.problem(weaknessNode, "expect.weaknesses is a mapping such as {GREETING: SYSTEMIC}, or [] for none");
			}
		}
		List<String> strengths = expect.containsKey("strengths") ? yaml.texts(expect.get("strengths"), "a strength")
				: null;
		List<ExpectedAlert> alerts = null;
		if (expect.containsKey("alerts")) {
			alerts = new ArrayList<>();
			for (Node item : yaml.sequence(expect.get("alerts"), "expect.alerts")) {
				Map<String, Node> a = yaml.mapping(item, "an expected alert", ALERT);
				alerts.add(new ExpectedAlert(YamlNodes.line(item), yaml.requiredText(a, "observation", item, "an alert"),
						yaml.enumValue(a.get("severity"), Severity.class, "severity"),
						yaml.text(a.get("criterion"), "criterion"),
						yaml.enumValue(a.get("kind"), AlertKind.class, "kind"), yaml.text(a.get("due"), "due")));
			}
		}
		List<ExpectedFigure> summary = null;
		if (expect.containsKey("summary")) {
			summary = new ArrayList<>();
			Map<String, Node> figures = yaml.mapping(expect.get("summary"), "expect.summary", SUMMARY);
			for (Map.Entry<String, Node> figure : figures.entrySet()) {
				summary.add(new ExpectedFigure(YamlNodes.line(figure.getValue()), figure.getKey(),
						yaml.number(figure.getValue(), figure.getKey())));
			}
		}
		List<ExpectedDiagnosis> diagnoses = null;
		if (expect.containsKey("diagnoses")) {
			diagnoses = new ArrayList<>();
			for (Node item : yaml.sequence(expect.get("diagnoses"), "expect.diagnoses")) {
				Map<String, Node> d = yaml.mapping(item, "an expected diagnosis", DIAGNOSIS);
				diagnoses.add(new ExpectedDiagnosis(YamlNodes.line(item),
						yaml.requiredText(d, "kind", item, "a diagnosis"), yaml.texts(d.get("criteria"), "criteria"),
						yaml.texts(d.get("locations"), "locations")));
			}
		}
		List<ExpectedCaution> cautions = null;
		if (expect.containsKey("cautions")) {
			cautions = new ArrayList<>();
			for (Node item : yaml.sequence(expect.get("cautions"), "expect.cautions")) {
				Map<String, Node> c = yaml.mapping(item, "an expected caution", CAUTION);
				cautions.add(new ExpectedCaution(YamlNodes.line(item), yaml.requiredText(c, "code", item, "a caution"),
						yaml.text(c.get("criterion"), "criterion")));
			}
		}
		return new Expectations(YamlNodes.line(node), recommendations, Boolean.TRUE.equals(others), weaknesses,
				strengths, alerts, summary, diagnoses, cautions);
	}

	private static ExpectedRecommendation recommendation(Node item, YamlNodes yaml) {
		Map<String, Node> r = yaml.mapping(item, "an expected recommendation", RECOMMENDATION);
		String criterion = yaml.requiredText(r, "criterion", item, "an expected recommendation");
		RecommendationKind kind = yaml.enumValue(r.get("kind"), RecommendationKind.class, "kind");
		if (kind == null && r.get("kind") == null) {
			yaml.problem(item, "an expected recommendation needs kind (COACHING, TRAINING or PROCESS)");
		}
		Set<Horizon> horizons = new LinkedHashSet<>();
		for (String label : yaml.texts(r.get("horizon"), "horizon")) {
			try {
				horizons.add(Horizon.fromLabel(label.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				yaml.problem(r.get("horizon"), "horizon: unknown value '" + label + "', expected NOW, 30_DAYS or 90_DAYS");
			}
		}
		Integer rank = yaml.wholeNumber(r.get("rank"), "rank");
		return new ExpectedRecommendation(YamlNodes.line(item), criterion, kind,
				yaml.enumValue(r.get("pattern"), Pattern.class, "pattern"), horizons, rank,
				yaml.text(r.get("ownerRole"), "ownerRole"), yaml.text(r.get("article"), "article"),
				yaml.bool(r.get("trainingActions"), "trainingActions"), yaml.text(r.get("rule"), "rule"),
				r.containsKey("locations") ? yaml.texts(r.get("locations"), "locations") : null);
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isEmpty() ? fallback : value;
	}

	private static final class ObservationBuilder {

		final String id;

		final String method;

		final String location;

		final String channel;

		final String date;

		final List<FindingInput> findings = new ArrayList<>();

		final List<ResponseInput> responses = new ArrayList<>();

		ObservationBuilder(String id, String method, String location, String channel, String date) {
			this.id = id;
			this.method = method;
			this.location = location;
			this.channel = channel;
			this.date = date;
		}

		ObservationInput build() {
			return new ObservationInput(id, method, location, channel, date, findings, responses);
		}

	}

}
