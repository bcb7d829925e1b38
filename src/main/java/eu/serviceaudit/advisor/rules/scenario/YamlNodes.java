package eu.serviceaudit.advisor.rules.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

import eu.serviceaudit.advisor.rules.RuleError;

/**
 * Reads values out of a YAML (or JSON) document while keeping each value's line, so that every problem of a
 * scenario file names the line a consultant has to look at. Jackson's YAML parser reads the text; its token
 * locations become the lines of a small tree, because Jackson's own trees do not keep them.
 */
final class YamlNodes {

	static final String CHECK = "scenario";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** A value of the document and the line (from 1) it starts on. */
	sealed interface Node permits Scalar, Mapping, Sequence {

		int line();

	}

	/** A single value as written; {@code text} is null for YAML's null (or an empty value). */
	record Scalar(String text, int line) implements Node {
	}

	record Mapping(List<Entry> entries, int line) implements Node {
	}

	record Entry(String key, int line, Node value) {
	}

	record Sequence(List<Node> items, int line) implements Node {
	}

	private final String file;

	private final List<RuleError> problems;

	YamlNodes(String file, List<RuleError> problems) {
		this.file = file;
		this.problems = problems;
	}

	/** The document's root, or null for an empty document; a {@link JacksonException} for text that is not YAML. */
	static Node parse(String text) {
		try (JsonParser parser = YAML.createParser(text)) {
			return parser.nextToken() == null ? null : read(parser);
		}
	}

	private static Node read(JsonParser parser) {
		int line = parser.currentTokenLocation().getLineNr();
		switch (parser.currentToken()) {
			case START_OBJECT -> {
				List<Entry> entries = new ArrayList<>();
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String key = parser.currentName();
					int keyLine = parser.currentTokenLocation().getLineNr();
					parser.nextToken();
					entries.add(new Entry(key, keyLine, read(parser)));
				}
				return new Mapping(entries, line);
			}
			case START_ARRAY -> {
				List<Node> items = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					items.add(read(parser));
				}
				return new Sequence(items, line);
			}
			case VALUE_NULL -> {
				return new Scalar(null, line);
			}
			default -> {
				return new Scalar(parser.getString(), line);
			}
		}
	}

	static int line(Node node) {
		return node == null ? 0 : node.line();
	}

	void problem(Node node, String message) {
		problem(line(node), message);
	}

	void problem(int line, String message) {
		problems.add(new RuleError(CHECK, file, line, message));
	}

	/** The keys of a mapping in file order; a problem (and an empty map) when the node is something else. */
	Map<String, Node> mapping(Node node, String what, Set<String> allowedKeys) {
		Map<String, Node> entries = new LinkedHashMap<>();
		if (!(node instanceof Mapping mapping)) {
			problem(node, what + " must be a mapping of key: value");
			return entries;
		}
		for (Entry entry : mapping.entries()) {
			if (!allowedKeys.contains(entry.key())) {
				problem(entry.line(), "unknown key '" + entry.key() + "' in " + what + "; expected one of " + allowedKeys);
				continue;
			}
			if (entries.put(entry.key(), entry.value()) != null) {
				problem(entry.line(), "duplicate key '" + entry.key() + "' in " + what);
			}
		}
		return entries;
	}

	List<Node> sequence(Node node, String what) {
		if (node instanceof Sequence sequence) {
			return sequence.items();
		}
		if (node != null && !isNull(node)) {
			problem(node, what + " must be a list");
		}
		return List.of();
	}

	/** A scalar as text; null for a missing or null value; a problem for a list or a mapping. */
	String text(Node node, String what) {
		if (node == null || isNull(node)) {
			return null;
		}
		if (node instanceof Scalar scalar) {
			return scalar.text().strip();
		}
		problem(node, what + " must be a single value");
		return null;
	}

	String requiredText(Map<String, Node> map, String key, Node owner, String what) {
		String value = text(map.get(key), what + " " + key);
		if (value == null || value.isEmpty()) {
			problem(map.getOrDefault(key, owner), what + " needs " + key);
			return null;
		}
		return value;
	}

	Double number(Node node, String what) {
		String value = text(node, what);
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			problem(node, what + " must be a number, was '" + value + "'");
			return null;
		}
	}

	Integer wholeNumber(Node node, String what) {
		Double value = number(node, what);
		if (value == null) {
			return null;
		}
		if (value != Math.rint(value)) {
			problem(node, what + " must be a whole number, was " + value);
			return null;
		}
		return value.intValue();
	}

	Boolean bool(Node node, String what) {
		String value = text(node, what);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes" -> Boolean.TRUE;
			case "false", "no" -> Boolean.FALSE;
			default -> {
				problem(node, what + " must be true or false, was '" + value + "'");
				yield null;
			}
		};
	}

	<E extends Enum<E>> E enumValue(Node node, Class<E> type, String what) {
		String value = text(node, what);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problem(node, what + ": unknown value '" + value + "', expected one of "
					+ List.of(type.getEnumConstants()));
			return null;
		}
	}

	/** One value or a list of values, as texts. */
	List<String> texts(Node node, String what) {
		List<String> values = new ArrayList<>();
		if (node instanceof Sequence sequence) {
			for (Node item : sequence.items()) {
				String value = text(item, what);
				if (value != null) {
					values.add(value);
				}
			}
		}
		else {
			String value = text(node, what);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	private static boolean isNull(Node node) {
		return node instanceof Scalar scalar && scalar.text() == null;
	}

}
