package eu.serviceaudit.advisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The layout by feature as a rule: every direct subpackage of {@code eu.serviceaudit.advisor} is a feature module,
 * the types in its top package are what other features may use, its subpackages are its own. A cycle between
 * features, or a feature reaching into another's subpackage, fails {@link #featuresKeepTheirBoundaries()}.
 * {@code system} is the shared module below every feature: its subpackages are named interfaces, open to all. A
 * feature's tables are its own too: another feature asks its service or repository
 * ({@link #featuresQueryOnlyTheirOwnTables()}).
 */
class ModularityTests {

	static final Path DOCS = Path.of("docs/modules");

	static final ApplicationModules modules = ApplicationModules.of(AuditAdvisorApplication.class);

	static final Path SOURCES = Path.of("src/main/java/eu/serviceaudit/advisor");

	/**
	 * Which module may name a table in its SQL. users and authorities are Spring Security's schema: the login
	 * (system) reads them, the users page (admin) manages them.
	 */
	static final Map<String, Set<String>> OWNERS = Map.ofEntries(Map.entry("analyses", Set.of("analysis")),
			Map.entry("engagements", Set.of("engagement")), Map.entry("waves", Set.of("engagement")),
			Map.entry("action_plans", Set.of("plan")), Map.entry("action_plan_items", Set.of("plan")),
			Map.entry("training_sessions", Set.of("training")), Map.entry("training_session_items", Set.of("training")),
			Map.entry("alert_followups", Set.of("alerts")), Map.entry("alert_history", Set.of("alerts")),
			Map.entry("reports", Set.of("report")), Map.entry("report_headline", Set.of("report")),
			Map.entry("report_history", Set.of("report")), Map.entry("report_location_notes", Set.of("report")),
			Map.entry("report_recommendations", Set.of("report")), Map.entry("wave_summaries", Set.of("waves")),
			Map.entry("wave_criteria", Set.of("waves")), Map.entry("wave_locations", Set.of("waves")),
			Map.entry("wave_location_criteria", Set.of("waves")), Map.entry("login_failures", Set.of("system")),
			Map.entry("rule_revisions", Set.of("rules")), Map.entry("rule_instances", Set.of("rules")),
			Map.entry("demo_loads", Set.of("demo")), Map.entry("training_shares", Set.of("training")),
			Map.entry("database_health", Set.of("system")), Map.entry("login_trusted_addresses", Set.of("system")), Map.entry("users", Set.of("system", "admin")), Map.entry("authorities", Set.of("system", "admin")));

	/** A table named by SQL in Java source: the keywords are upper case in this code base, prose is not. */
	static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_][a-z0-9_]*)\\b");

	@Test
	void featuresKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void featuresQueryOnlyTheirOwnTables() throws IOException {
		List<String> crossings = new ArrayList<>();
		Set<String> unowned = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
				Matcher table = TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (table.find()) {
					Set<String> owners = OWNERS.get(table.group(1));
					if (owners == null) {
						unowned.add(table.group(1) + " (in " + relative + ")");
					}
					else if (!owners.contains(module)) {
						crossings.add(relative + " names " + table.group(1) + ", a table of " + owners
								+ ": ask that module's service or repository");
					}
				}
			}
		}
		assertThat(unowned).as("tables without an owner in OWNERS (add the new table and its module)").isEmpty();
		assertThat(crossings).as("SQL on another module's tables").isEmpty();
	}

	/**
	 * Regenerates docs/modules/ (the picture of the architecture docs/architecture.md points to): never drawn by
	 * hand. The relations come out in a different order from run to run; sorted, the files change only when the
	 * dependencies do.
	 */
	@Test
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				Files.write(file, sortedRelations(Files.readAllLines(file, StandardCharsets.UTF_8)),
						StandardCharsets.UTF_8);
			}
		}
	}

	/** The lines as they are, each run of consecutive {@code Rel(} lines sorted. */
	static List<String> sortedRelations(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				run.add(line);
				continue;
			}
			run.sort(null);
			sorted.addAll(run);
			run.clear();
			sorted.add(line);
		}
		run.sort(null);
		sorted.addAll(run);
		return sorted;
	}

}
