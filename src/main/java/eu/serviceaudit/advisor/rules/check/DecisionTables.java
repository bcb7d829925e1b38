package eu.serviceaudit.advisor.rules.check;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Reads the rows of every decision table of a rules folder ({@code *.drl.csv}, {@code *.drl.xls},
 * {@code *.drl.xlsx}) with Drools' own spreadsheet parsers, so that the check sees the cells Drools compiles. A rule
 * table starts at a cell {@code RuleTable <name>}; below it come the column types (NAME, CONDITION, ACTION), the
 * object types, the code templates, the column titles, and then one row per rule until an empty row.
 */
final class DecisionTables {

	private static final String RULE_TABLE = "RuleTable";

	private DecisionTables() {
	}

	static boolean isDecisionTable(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		return lower.endsWith(".drl.csv") || lower.endsWith(".drl.xls") || lower.endsWith(".drl.xlsx");
	}

	/** Every row of every rule table; a file the parser cannot read gives no rows (the compiler reports it). */
	static List<DecisionTableRow> rows(ContentFolder folder) {
		List<DecisionTableRow> rows = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
			if (!isDecisionTable(file.getKey()) || file.getKey().contains("/.")) {
				continue;
			}
			Grid grid = new Grid();
			try {
				if (file.getKey().toLowerCase(Locale.ROOT).endsWith(".csv")) {
					new CsvParser(grid, new CsvLineParser()).parseFile(new ByteArrayInputStream(file.getValue()));
				}
				else {
					new ExcelParser(grid).parseFile(new ByteArrayInputStream(file.getValue()));
				}
			}
			catch (RuntimeException ex) {
				continue;
			}
			rows.addAll(grid.rows(file.getKey()));
		}
		return rows;
	}

	/** The cells of the first sheet, by row and column (both from 0). */
	private static final class Grid implements DataListener {

		private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();

		private boolean firstSheetDone;

		private boolean inSheet;

		@Override
		public void startSheet(String name) {
			inSheet = !firstSheetDone;
		}

		@Override
		public void finishSheet() {
			firstSheetDone = true;
			inSheet = false;
		}

		@Override
		public void newRow(int row, int columns) {
		}

		@Override
		public void newCell(int row, int column, String value, int mergedColStart) {
			if ((inSheet || !firstSheetDone) && value != null && !value.isBlank()) {
				cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value.strip());
			}
		}

		String cell(int row, int column) {
			TreeMap<Integer, String> line = cells.get(row);
			return line == null ? null : line.get(column);
		}

		List<DecisionTableRow> rows(String file) {
			List<DecisionTableRow> rows = new ArrayList<>();
			for (Map.Entry<Integer, TreeMap<Integer, String>> line : cells.entrySet()) {
				for (Map.Entry<Integer, String> cell : line.getValue().entrySet()) {
					if (cell.getValue().startsWith(RULE_TABLE)) {
						rows.addAll(table(file, line.getKey(), cell.getKey(),
								cell.getValue().substring(RULE_TABLE.length()).strip()));
					}
				}
			}
			return rows;
		}

		private List<DecisionTableRow> table(String file, int start, int firstColumn, String tableName) {
			int typesRow = start + 1;
			TreeMap<Integer, String> types = cells.getOrDefault(typesRow, new TreeMap<>());
			Map<Integer, Column> columns = new LinkedHashMap<>();
			Integer nameColumn = null;
			for (Map.Entry<Integer, String> type : types.tailMap(firstColumn, true).entrySet()) {
				String code = type.getValue().toUpperCase(Locale.ROOT);
				int column = type.getKey();
				String template = cell(start + 3, column);
				String title = cell(start + 4, column);
				switch (code) {
					case "NAME", "N" -> nameColumn = column;
					case "CONDITION", "C" -> columns.put(column, new Column(true,
							key(template, title, List.of(DecisionTableRow.SCOPE, DecisionTableRow.PATTERN,
									DecisionTableRow.CRITICAL)), title));
					case "ACTION", "A" -> columns.put(column, new Column(false, key(template, title,
							List.of("article", "exercises", "weight", "kpiTarget", "ownerRole", "horizonWhenHeard", "horizon",
									DecisionTableRow.KIND)), title));
					default -> {
					}
				}
			}
			List<DecisionTableRow> rows = new ArrayList<>();
			for (int row = start + 5; cells.containsKey(row) && hasValues(row, firstColumn); row++) {
				Map<String, String> conditions = new LinkedHashMap<>();
				Map<String, String> actions = new LinkedHashMap<>();
				for (Map.Entry<Integer, Column> column : columns.entrySet()) {
					String value = cell(row, column.getKey());
					(column.getValue().condition() ? conditions : actions).put(column.getValue().key(),
							value == null ? "" : value);
				}
				String name = nameColumn == null ? null : cell(row, nameColumn);
				rows.add(new DecisionTableRow(file, tableName, row + 1,
						name != null ? name : tableName + "_" + (row + 1), conditions, actions));
			}
			return rows;
		}

		private boolean hasValues(int row, int firstColumn) {
			return !cells.get(row).tailMap(firstColumn, true).isEmpty();
		}

		/** What a column tests or sets, read from its code template; its title when the template says nothing known. */
		private static String key(String template, String title, List<String> known) {
			String code = template == null ? "" : template;
			for (String key : known) {
				if (code.contains(key + " ") || code.contains(key + "==") || code.contains(key + "(")
						|| code.contains("." + key)) {
					return key;
				}
			}
			return title != null ? title : code;
		}

	}

	private record Column(boolean condition, String key, String title) {
	}

}
