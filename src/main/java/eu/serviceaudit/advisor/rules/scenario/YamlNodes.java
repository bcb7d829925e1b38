package eu.serviceaudit.advisor.rules.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import eu.serviceaudit.advisor.rules.RuleError;

/**
 * Reads values out of a composed YAML (or JSON) tree while keeping each value's line, so that every problem of a
 * scenario file names the line a consultant has to look at.
 */
final class YamlNodes {

	static final String CHECK = "scenario";

	private final String file;

	private final List<RuleError> problems;

	YamlNodes(String file, List<RuleError> problems) {
		this.file = file;
		this.problems = problems;
	}

	static int line(Node node) {
		return node == null ? 0 : node.getStartMark().getLine() + 1;
	}

	void problem(Node node, String message) {
		problems.add(new RuleError(CHECK, file, line(node), message));
	}

	/** The keys of a mapping in file order; a problem (and an empty map) when the node is something else. */
	Map<String, Node> mapping(Node node, String what, Set<String> allowedKeys) {
		Map<String, Node> entries = new LinkedHashMap<>();
		if (!(node instanceof MappingNode mapping)) {
			problem(node, what + " must be a mapping of key: value");
			return entries;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
			if (key == null || !allowedKeys.contains(key)) {
				problem(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; expected one of " + allowedKeys);
				continue;
			}
			if (entries.put(key, tuple.getValueNode()) != null) {
				problem(tuple.getKeyNode(), "duplicate key '" + key + "' in " + what);
			}
		}
		return entries;
	}

	List<Node> sequence(Node node, String what) {
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue();
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
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue().strip();
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
		return switch (value.toLowerCase(java.util.Locale.ROOT)) {
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
			return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
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
		if (node instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
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
		return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
	}

}
