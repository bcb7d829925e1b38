package eu.serviceaudit.advisor.rules.check;

import java.util.Map;

/**
 * One row of a decision table as a consultant sees it: where it is, the rule it becomes, its condition cells and
 * its action cells. Both maps are keyed by what the column tests or sets ({@code scope}, {@code pattern},
 * {@code critical}; {@code kind}, {@code horizon}, {@code ownerRole}, {@code kpiTarget}, {@code weight},
 * {@code exercises}, {@code article}), else by the column's title; an empty condition cell means "any".
 */
record DecisionTableRow(String file, String table, int line, String rule, Map<String, String> conditions,
		Map<String, String> actions) {

	static final String SCOPE = "scope";

	static final String PATTERN = "pattern";

	static final String CRITICAL = "critical";

	static final String KIND = "kind";

	DecisionTableRow {
		conditions = Map.copyOf(conditions);
		actions = Map.copyOf(actions);
	}

	String condition(String key) {
		String value = conditions.get(key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	String action(String key) {
		String value = actions.get(key);
		return value == null ? null : value.strip();
	}

	/** A row of a recommendation table (it points at an article), which the recommendation checks judge. */
	boolean recommends() {
		return actions.containsKey("article");
	}

	String where() {
		return file + ":" + line;
	}

}
