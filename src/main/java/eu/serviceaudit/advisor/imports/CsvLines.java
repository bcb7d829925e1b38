package eu.serviceaudit.advisor.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import eu.serviceaudit.advisor.system.FieldError;

/**
 * Where each part of an imported audit came from, to turn the validator's JSON pointers into CSV ones:
 * {@code /line/{physical line}/{column}}, or {@code /query/{parameter}} for client, wave and language.
 */
final class CsvLines {

	private static final java.util.regex.Pattern FINDING = java.util.regex.Pattern
		.compile("^/observations/(\\d+)/findings/(\\d+)(?:/(\\w+))?$");

	private static final java.util.regex.Pattern OBSERVATION = java.util.regex.Pattern
		.compile("^/observations/(\\d+)(?:/(\\w+))?$");

	private static final java.util.regex.Pattern LOCATION = java.util.regex.Pattern.compile("^/locations/(\\d+)(?:/\\w+)?$");

	private static final Map<String, String> OBSERVATION_COLUMNS = Map.of("id", "observation_id", "method", "method",
			"locationId", "location_id", "date", "date", "channel", "channel");

	private final List<Integer> observationLines = new ArrayList<>();

	private final List<List<Integer>> findingLines = new ArrayList<>();

	private final List<Integer> locationLines = new ArrayList<>();

	static String pointer(int line, String column) {
		return "/line/" + line + (column == null ? "" : "/" + column);
	}

	void observation(int firstLine, List<Integer> lines) {
		observationLines.add(firstLine);
		findingLines.add(List.copyOf(lines));
	}

	void location(int line) {
		locationLines.add(line);
	}

	List<FieldError> translate(List<FieldError> errors) {
		return errors.stream().map(e -> new FieldError(translate(e.pointer()), e.message())).toList();
	}

	String translate(String pointer) {
		Matcher m = FINDING.matcher(pointer);
		if (m.matches()) {
			int line = findingLines.get(Integer.parseInt(m.group(1))).get(Integer.parseInt(m.group(2)));
			return pointer(line, m.group(3));
		}
		m = OBSERVATION.matcher(pointer);
		if (m.matches()) {
			int line = observationLines.get(Integer.parseInt(m.group(1)));
			return pointer(line, m.group(2) == null ? null : OBSERVATION_COLUMNS.getOrDefault(m.group(2), m.group(2)));
		}
		m = LOCATION.matcher(pointer);
		if (m.matches()) {
			return pointer(locationLines.get(Integer.parseInt(m.group(1))), "location_id");
		}
		if (pointer.equals("/client") || pointer.equals("/wave") || pointer.equals("/language")) {
			return "/query" + pointer;
		}
		if (pointer.equals("/observations")) {
			return pointer(1, null);
		}
		return pointer;
	}

}
