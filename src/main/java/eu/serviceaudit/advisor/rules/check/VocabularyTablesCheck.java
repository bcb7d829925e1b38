package eu.serviceaudit.advisor.rules.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.Sector;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.criteria.Scope;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Judges the vocabulary tables of CONTRACT.md section 10 as a consultant edits them: the sector role table (every
 * generic role the recommendations use has exactly one row for every sector, and a name in every language; no
 * STORE_MANAGER outside RETAIL and FOOD_SERVICE), the alert kind table (every observation method exactly once, with
 * the contract's kind and due days) and the criterion-links table (one row per ORGANISATION criterion, linking
 * criteria that exist). A missing case is a coverage problem, a case decided twice a conflict, a row that can never
 * meet a dead row.
 */
final class VocabularyTablesCheck {

	static final String OWNER_ROLES = "Owner role";

	static final String ALERT_KINDS = "Follow-up of an alert";

	static final String LINKS = "Criterion links";

	/** Generic roles that DRL rules name directly ({@code .ownerRole( "AREA_MANAGER" )}). */
	private static final java.util.regex.Pattern DRL_ROLE = java.util.regex.Pattern
		.compile("\\.ownerRole\\(\\s*\"([A-Z_]+)\"\\s*\\)");

	private static final Set<Method> CUSTOMERS = Set.of(Method.CUSTOMER_SURVEY, Method.INTERNAL_SURVEY,
			Method.COMPLAINT_LOG);

	private static final Set<Sector> STORES = Set.of(Sector.RETAIL, Sector.FOOD_SERVICE);

	private final CriteriaCatalogue catalogue;

	private final MessageSource messages;

	/** {@code messages} null: role names are not checked. */
	VocabularyTablesCheck(CriteriaCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	List<RuleError> check(ContentFolder rules, List<DecisionTableRow> rows) {
		List<RuleError> problems = new ArrayList<>();
		ownerRoles(rows.stream().filter(r -> r.table().startsWith(OWNER_ROLES)).toList(), usedRoles(rules, rows),
				problems);
		alertKinds(rows.stream().filter(r -> r.table().startsWith(ALERT_KINDS)).toList(), problems);
		links(rows.stream().filter(r -> r.table().startsWith(LINKS)).toList(), problems);
		return problems;
	}

	/** The generic roles the recommendation rows and the DRL rules give proposals. */
	private static Set<String> usedRoles(ContentFolder rules, List<DecisionTableRow> rows) {
		Set<String> used = new LinkedHashSet<>();
		rows.stream().filter(DecisionTableRow::recommends).map(r -> r.action("ownerRole"))
			.filter(r -> r != null && !r.isEmpty()).forEach(used::add);
		for (Map.Entry<String, byte[]> file : rules.files().entrySet()) {
			if (file.getKey().endsWith(".drl")) {
				Matcher matcher = DRL_ROLE.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		return used;
	}

	private void ownerRoles(List<DecisionTableRow> rows, Set<String> used, List<RuleError> problems) {
		if (rows.isEmpty()) {
			if (!used.isEmpty()) {
				problems.add(new RuleError(CoverageCheck.COVERAGE, "", 0, "no sector role table (RuleTable "
						+ OWNER_ROLES + "...): the owner roles " + used + " are never worded for a sector"));
			}
			return;
		}
		Map<String, DecisionTableRow> decided = new LinkedHashMap<>();
		for (DecisionTableRow row : rows) {
			String generic = row.condition("Generic role");
			String role = row.action("Role");
			if (generic == null || role == null || role.isEmpty()) {
				problems.add(table(row, "needs a Generic role and a Role"));
				continue;
			}
			if (!used.contains(generic)) {
				problems.add(new RuleError(TableRowsCheck.NEVER_FIRES, row.file(), row.line(), "row '" + row.rule()
						+ "' can never fire: no recommendation uses the generic role " + generic + " (in use: " + used
						+ ")"));
			}
			for (String code : list(row.condition("Sectors"))) {
				Sector sector = Sector.fromCode(code).orElse(null);
				if (sector == null) {
					problems.add(table(row, "Sectors names '" + code + "', expected some of "
							+ Arrays.toString(Sector.values())));
					continue;
				}
				if (role.equals("STORE_MANAGER") && !STORES.contains(sector)) {
					problems.add(new RuleError(CoverageCheck.CONTRACT, row.file(), row.line(), "row '" + row.rule()
							+ "' makes a STORE_MANAGER the owner in " + sector
							+ ": only RETAIL and FOOD_SERVICE have store managers"));
				}
				DecisionTableRow earlier = decided.putIfAbsent(generic + "/" + sector, row);
				if (earlier != null) {
					problems.add(new RuleError(TableRowsCheck.CONFLICT, row.file(), row.line(), "rows '"
							+ earlier.rule() + "' (line " + earlier.line() + ") and '" + row.rule()
							+ "' both word the generic role " + generic + " in " + sector + ": keep one"));
				}
			}
			missingName(role).ifPresent(missing -> problems.add(table(row, "the role " + role
					+ " has no name diagnosis.role." + role + " in the diagnosis message bundle for " + missing)));
		}
		String file = rows.get(0).file();
		for (String generic : used) {
			for (Sector sector : Sector.values()) {
				if (!decided.containsKey(generic + "/" + sector)) {
					problems.add(new RuleError(CoverageCheck.COVERAGE, file, 0, "the generic role " + generic
							+ " has no row for the sector " + sector + ": add one (or add " + sector
							+ " to the Sectors of an existing row)"));
				}
			}
		}
	}

	private java.util.Optional<String> missingName(String role) {
		if (messages == null) {
			return java.util.Optional.empty();
		}
		List<String> missing = new ArrayList<>();
		for (Language language : Language.values()) {
			if (messages.getMessage("diagnosis.role." + role, null, null, language.locale()) == null) {
				missing.add(language.code());
			}
		}
		return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", missing));
	}

	private static void alertKinds(List<DecisionTableRow> rows, List<RuleError> problems) {
		if (rows.isEmpty()) {
			return;
		}
		Map<Method, DecisionTableRow> decided = new LinkedHashMap<>();
		for (DecisionTableRow row : rows) {
			String kind = row.action(DecisionTableRow.KIND);
			String days = row.action("Due in days");
			if (kind == null || !(kind.equals("RECOVERY") || kind.equals("COACHING"))) {
				problems.add(table(row, "Kind is '" + kind + "', expected RECOVERY or COACHING"));
				kind = null;
			}
			Integer due = wholeDays(days);
			if (due == null) {
				problems.add(table(row, "Due in days is '" + days + "', expected a whole number of days from 1"));
			}
			for (String code : list(row.condition("Methods"))) {
				Method method;
				try {
					method = Method.valueOf(code.toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					problems.add(table(row, "Methods names '" + code + "', expected some of "
							+ Arrays.toString(Method.values())));
					continue;
				}
				DecisionTableRow earlier = decided.putIfAbsent(method, row);
				if (earlier != null) {
					problems.add(new RuleError(TableRowsCheck.CONFLICT, row.file(), row.line(), "rows '"
							+ earlier.rule() + "' (line " + earlier.line() + ") and '" + row.rule()
							+ "' both decide alerts of " + method + ": keep one"));
				}
				String expectedKind = CUSTOMERS.contains(method) ? "RECOVERY" : "COACHING";
				int expectedDays = CUSTOMERS.contains(method) ? 2 : 7;
				if (kind != null && due != null && (!kind.equals(expectedKind) || due != expectedDays)) {
					problems.add(new RuleError(CoverageCheck.CONTRACT, row.file(), row.line(), "row '" + row.rule()
							+ "' gives alerts of " + method + " " + kind + " due in " + due + " days; the contract "
							+ "wants " + expectedKind + " due in " + expectedDays + " days ("
							+ (CUSTOMERS.contains(method) ? "a real customer was failed"
									: "the visit was staged or observed")
							+ ")"));
				}
			}
		}
		for (Method method : Method.values()) {
			if (!decided.containsKey(method)) {
				problems.add(new RuleError(CoverageCheck.COVERAGE, rows.get(0).file(), 0, "alerts of " + method
						+ " get no kind and no due date: add " + method + " to the Methods of a row"));
			}
		}
	}

	private void links(List<DecisionTableRow> rows, List<RuleError> problems) {
		Map<String, DecisionTableRow> decided = new LinkedHashMap<>();
		for (DecisionTableRow row : rows) {
			String organisation = row.condition("Organisation criterion");
			Criterion criterion = organisation == null ? null : catalogue.find(organisation).orElse(null);
			if (criterion == null || criterion.scope() != Scope.ORGANISATION) {
				problems.add(new RuleError(TableRowsCheck.NEVER_FIRES, row.file(), row.line(), "row '" + row.rule()
						+ "' can never fire: '" + organisation + "' is "
						+ (criterion == null ? "not a criterion of the catalogue"
								: "a " + criterion.scope() + " criterion, not an ORGANISATION one")));
				continue;
			}
			DecisionTableRow earlier = decided.putIfAbsent(organisation, row);
			if (earlier != null) {
				problems.add(new RuleError(TableRowsCheck.CONFLICT, row.file(), row.line(), "rows '" + earlier.rule()
						+ "' (line " + earlier.line() + ") and '" + row.rule() + "' both link " + organisation
						+ ": put all it explains in one row"));
			}
			String link = row.action("Link");
			if (link == null || link.isEmpty()) {
				problems.add(new RuleError(TableRowsCheck.NEVER_FIRES, row.file(), row.line(), "row '" + row.rule()
						+ "' links nothing: its Link cell is empty (write yes)"));
			}
			Set<String> seen = new LinkedHashSet<>();
			for (String code : list(row.condition("Explains"))) {
				Criterion explained = catalogue.find(code).orElse(null);
				if (explained == null) {
					problems.add(table(row, "Explains names '" + code + "', which is not a criterion of the catalogue"));
				}
				else if (explained.scope() == Scope.ORGANISATION) {
					problems.add(table(row, "Explains names " + code + ", an ORGANISATION criterion: a standard "
							+ "explains frontline, channel, facility or internal-service criteria"));
				}
				if (!seen.add(code)) {
					problems.add(table(row, "Explains names " + code + " twice"));
				}
			}
			if (seen.isEmpty()) {
				problems.add(table(row, "Explains is empty"));
			}
		}
	}

	private static Integer wholeDays(String text) {
		try {
			int days = Integer.parseInt(text == null ? "" : text.strip());
			return days >= 1 ? days : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> list(String cell) {
		if (cell == null) {
			return List.of();
		}
		return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static RuleError table(DecisionTableRow row, String message) {
		return new RuleError(TableRowsCheck.TABLE, row.file(), row.line(), "row '" + row.rule() + "': " + message);
	}

}
