package eu.serviceaudit.advisor.rules.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.rules.RuleError;

/**
 * Judges the rows of the decision tables on their own: two rows that decide the same case with the same kind (only
 * one of them can reach the analysis, which is a conflict when they say different things and a duplicate when they
 * say the same), and rows whose conditions no weakness of the catalogue can meet.
 */
final class TableRowsCheck {

	static final String CONFLICT = "conflict";

	static final String NEVER_FIRES = "never-fires";

	static final String TABLE = "table";

	private static final Set<String> KINDS = Set.of("COACHING", "TRAINING", "PROCESS");

	private static final Set<String> HORIZONS = Set.of("NOW", "30_DAYS", "90_DAYS");

	private static final Set<String> SOON = Set.of("NOW", "30_DAYS");

	private static final Set<String> REACHES = Set.of("LOCAL", "EVERYWHERE");

	private static final Set<String> YES_NO = Set.of("yes", "no", "true", "false");

	private final CriteriaCatalogue catalogue;

	TableRowsCheck(CriteriaCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Judges the rows of the recommendation tables; the other tables have their own checks. */
	List<RuleError> check(List<DecisionTableRow> allRows) {
		List<DecisionTableRow> rows = allRows.stream().filter(DecisionTableRow::recommends).toList();
		List<RuleError> problems = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			DecisionTableRow row = rows.get(i);
			values(row, problems);
			String unsatisfiable = unsatisfiable(row);
			if (unsatisfiable != null) {
				problems.add(new RuleError(NEVER_FIRES, row.file(), row.line(),
						"row '" + row.rule() + "' can never fire: " + unsatisfiable));
			}
			for (int j = 0; j < i; j++) {
				DecisionTableRow earlier = rows.get(j);
				if (kind(row) != null && Objects.equals(kind(earlier), kind(row)) && overlap(earlier, row)) {
					problems.add(new RuleError(CONFLICT, row.file(), row.line(), conflict(earlier, row)));
				}
			}
		}
		return problems;
	}

	/**
	 * Cells the compiler accepts but the analysis would trip over (a misspelt kind or horizon, a weight that is not a
	 * number): named here by file and line instead of failing an analysis later.
	 */
	private static void values(DecisionTableRow row, List<RuleError> problems) {
		String critical = row.condition(DecisionTableRow.CRITICAL);
		if (critical != null && !critical.equalsIgnoreCase("true") && !critical.equalsIgnoreCase("false")) {
			problems.add(value(row, "Critical", critical, "true, false or empty for either"));
		}
		String kind = row.action(DecisionTableRow.KIND);
		if (kind != null && !KINDS.contains(kind)) {
			problems.add(value(row, "Kind", kind, "one of COACHING, TRAINING, PROCESS"));
		}
		String horizon = row.action("horizon");
		if (horizon != null && !HORIZONS.contains(horizon)) {
			problems.add(value(row, "Horizon", horizon, "one of NOW, 30_DAYS, 90_DAYS"));
		}
		String heard = row.action("horizonWhenHeard");
		if (heard != null && !heard.isEmpty() && !SOON.contains(heard)) {
			problems.add(value(row, "Horizon when customers name it", heard,
					"NOW, 30_DAYS or empty: a weakness three customers name is acted on soon"));
		}
		String reach = row.condition("Reach");
		if (reach != null && !REACHES.contains(reach)) {
			problems.add(value(row, "Reach", reach, "LOCAL, EVERYWHERE or empty for either"));
		}
		for (String key : List.of("kpiTarget", "weight")) {
			String number = row.action(key);
			if (number != null && !isFraction(number)) {
				problems.add(value(row, key.equals("weight") ? "Priority weight" : "KPI target", number,
						"a number from 0 to 1"));
			}
		}
		String exercises = row.action("exercises");
		if (exercises != null && !YES_NO.contains(exercises.toLowerCase(Locale.ROOT))) {
			problems.add(value(row, "Training actions", exercises, "yes or no"));
		}
		String article = row.action("article");
		if (article != null && article.isEmpty()) {
			problems.add(value(row, "Article", article, "an article id such as rec-{criterion}"));
		}
	}

	private static RuleError value(DecisionTableRow row, String column, String value, String expected) {
		return new RuleError(TABLE, row.file(), row.line(), "row '" + row.rule() + "': " + column + " is '" + value
				+ "', expected " + expected);
	}

	private static boolean isFraction(String text) {
		try {
			double value = Double.parseDouble(text);
			return value >= 0 && value <= 1;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** Every condition both rows test is equal in both, or empty (any) in one of them. */
	static boolean overlap(DecisionTableRow a, DecisionTableRow b) {
		Set<String> keys = new LinkedHashSet<>(a.conditions().keySet());
		keys.addAll(b.conditions().keySet());
		for (String key : keys) {
			String x = a.condition(key);
			String y = b.condition(key);
			if (x != null && y != null && !x.equalsIgnoreCase(y)) {
				return false;
			}
		}
		return true;
	}

	private static String kind(DecisionTableRow row) {
		String kind = row.action(DecisionTableRow.KIND);
		return kind == null ? null : kind.toUpperCase(Locale.ROOT);
	}

	private static String conflict(DecisionTableRow earlier, DecisionTableRow row) {
		List<String> differences = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>(earlier.actions().keySet());
		keys.addAll(row.actions().keySet());
		for (String key : keys) {
			String x = earlier.action(key);
			String y = row.action(key);
			if (!Objects.equals(x == null ? "" : x, y == null ? "" : y)) {
				differences.add(key + " " + y + " here, " + x + " there");
			}
		}
		String same = "rows '" + earlier.rule() + "' (line " + earlier.line() + ") and '" + row.rule()
				+ "' decide the same case (" + caseOf(earlier, row) + ") with the same kind " + kind(row)
				+ ", and an analysis keeps only one recommendation per criterion and kind";
		return differences.isEmpty() ? same + "; this row repeats the other: delete one"
				: same + "; they disagree on " + String.join(", ", differences)
						+ ": narrow the conditions or merge the rows";
	}

	private static String caseOf(DecisionTableRow a, DecisionTableRow b) {
		Set<String> keys = new LinkedHashSet<>(a.conditions().keySet());
		keys.addAll(b.conditions().keySet());
		List<String> parts = new ArrayList<>();
		for (String key : keys) {
			String value = a.condition(key) != null ? a.condition(key) : b.condition(key);
			parts.add(key + " " + (value == null ? "any" : value));
		}
		return String.join(", ", parts);
	}

	/** Why no weakness can ever meet the row's conditions, or null when some can. */
	String unsatisfiable(DecisionTableRow row) {
		String pattern = row.condition(DecisionTableRow.PATTERN);
		if (pattern != null && (pattern.equalsIgnoreCase(Pattern.NONE.name()))) {
			return "a weakness never has the pattern NONE";
		}
		String scope = row.condition(DecisionTableRow.SCOPE);
		String critical = row.condition(DecisionTableRow.CRITICAL);
		Collection<Criterion> candidates = catalogue.all()
			.stream()
			.filter(c -> scope == null || c.scope().name().equalsIgnoreCase(scope))
			.filter(c -> critical == null || Boolean.toString(c.critical()).equalsIgnoreCase(critical))
			.toList();
		if (!candidates.isEmpty()) {
			return null;
		}
		Set<String> scopes = new TreeSet<>();
		catalogue.all().forEach(c -> scopes.add(c.scope().name()));
		if (scope != null && !scopes.contains(scope.toUpperCase(Locale.ROOT))) {
			return "no criterion of the catalogue has the scope " + scope + " (scopes in use: " + scopes + ")";
		}
		return "no criterion of the catalogue " + (scope == null ? "" : "with the scope " + scope + " ")
				+ "has critical = " + critical;
	}

}
