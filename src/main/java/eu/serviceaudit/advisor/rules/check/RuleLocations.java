package eu.serviceaudit.advisor.rules.check;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import eu.serviceaudit.advisor.system.content.ContentFolder;

/** Where each rule is written: the line of {@code rule "name"} in a DRL file, or the row of a decision table. */
final class RuleLocations {

	private static final java.util.regex.Pattern RULE = java.util.regex.Pattern
		.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

	private final Map<String, Location> byName = new HashMap<>();

	RuleLocations(ContentFolder folder, List<DecisionTableRow> rows) {
		for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
			if (!file.getKey().endsWith(".drl")) {
				continue;
			}
			String[] lines = new String(file.getValue(), StandardCharsets.UTF_8).split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				Matcher matcher = RULE.matcher(lines[i]);
				if (matcher.find()) {
					String name = matcher.group(1) != null ? matcher.group(1)
							: matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
					byName.putIfAbsent(name, new Location(file.getKey(), i + 1));
				}
			}
		}
		rows.forEach(row -> byName.putIfAbsent(row.rule(), new Location(row.file(), row.line())));
	}

	Location of(String rule) {
		return byName.getOrDefault(rule, new Location("", 0));
	}

	record Location(String file, int line) {
	}

}
