package eu.serviceaudit.advisor.rules.check;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.system.EnglishCount;

/** The check report as plain text for a terminal: summary, coverage table, scenarios, problems, verdict. */
public final class CheckReportText {

	private static final String SCENARIO = "scenario";

	private CheckReportText() {
	}

	public static void print(CheckReport report, PrintStream out) {
		out.println("Rules check of " + report.origin());
		if (report.version() == null) {
			out.println("The rules do not compile.");
		}
		else {
			out.println("Compiled " + report.rules() + " rules, version " + report.version());
		}
		if (report.coverage() != null) {
			out.println();
			coverage(report.coverage(), out);
		}
		if (!report.scenarios().isEmpty()) {
			out.println();
			long passed = report.scenarios().stream().filter(CheckReport.ScenarioSummary::passed).count();
			out.println("Scenarios: " + passed + " of " + report.scenarios().size() + " passed");
			for (CheckReport.ScenarioSummary scenario : report.scenarios()) {
				out.println("  " + (scenario.passed() ? "PASS" : "FAIL") + "  " + scenario.file()
						+ (scenario.name().equals(scenario.file()) ? "" : "  (" + scenario.name() + ")"));
				scenario.failures().forEach(failure -> out.println("        " + failure));
			}
		}
		out.println();
		if (report.passed()) {
			out.println("OK: no problems; this rules folder can be reloaded.");
			return;
		}
		List<RuleError> others = report.problems()
			.stream()
			.filter(problem -> !SCENARIO.equals(problem.check()) || problem.file().isEmpty()
					|| report.scenarios().stream().noneMatch(s -> s.file().equals(problem.file())))
			.toList();
		int mismatches = report.problems().size() - others.size();
		out.println("Problems: " + report.problems().size()
				+ (mismatches > 0 ? " (" + EnglishCount.of(mismatches, "scenario mismatch", "scenario mismatches")
						+ " listed above)" : ""));
		for (RuleError problem : others) {
			out.println("  " + problem);
		}
		out.println();
		out.println("FAILED: " + EnglishCount.of(report.problems().size(), "problem") + "; a reload of this folder would be refused and the rules in service kept.");
	}

	static void coverage(Coverage coverage, PrintStream out) {
		out.println("Coverage: criterion x pattern -> recommendation kind, horizon [training actions]; * critical");
		List<String[]> lines = new ArrayList<>();
		int columns = 3 + Coverage.PATTERNS.size() + Coverage.LOCAL_PATTERNS.size();
		List<String> header = new ArrayList<>(List.of("CRITERION", "SCOPE"));
		Coverage.PATTERNS.forEach(p -> header.add(p.name()));
		Coverage.LOCAL_PATTERNS.forEach(p -> header.add("LOCAL " + p.name()));
		header.add("ARTICLE");
		lines.add(header.toArray(String[]::new));
		for (Coverage.Row row : coverage.rows()) {
			Set<String> articles = new LinkedHashSet<>();
			String[] line = new String[columns];
			line[0] = row.criterion() + (row.critical() ? " *" : "");
			line[1] = row.scope().name();
			int column = 2;
			for (Pattern pattern : Coverage.PATTERNS) {
				Coverage.Cell cell = row.cells().get(pattern);
				line[column++] = cell(pattern, cell);
				cell.recommendations().forEach(r -> articles.add(String.valueOf(r.article())));
			}
			for (Pattern pattern : Coverage.LOCAL_PATTERNS) {
				line[column++] = cell(pattern, row.local().get(pattern));
			}
			line[columns - 1] = articles.isEmpty() ? "-" : String.join(", ", articles);
			lines.add(line);
		}
		int[] widths = new int[columns];
		for (String[] line : lines) {
			for (int i = 0; i < line.length; i++) {
				widths[i] = Math.max(widths[i], line[i].length());
			}
		}
		for (String[] line : lines) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < line.length; i++) {
				text.append(i == line.length - 1 ? line[i] : pad(line[i], widths[i] + 2));
			}
			out.println(text.toString().stripTrailing());
		}
	}

	static String cell(Pattern pattern, Coverage.Cell cell) {
		if (cell.classifiedAs() != pattern) {
			return "(classified " + cell.classifiedAs() + ")";
		}
		if (cell.recommendations().isEmpty()) {
			return "NONE";
		}
		return cell.recommendations()
			.stream()
			.map(r -> r.kind() + " " + horizon(r.horizon())
					+ (r.trainingActions().isEmpty() ? "" : " [" + r.trainingActions().size() + "]"))
			.collect(Collectors.joining(" + "));
	}

	private static String horizon(Horizon horizon) {
		return switch (horizon) {
			case NOW -> "now";
			case DAYS_30 -> "30d";
			case DAYS_90 -> "90d";
		};
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text : text + " ".repeat(width - text.length());
	}

}
