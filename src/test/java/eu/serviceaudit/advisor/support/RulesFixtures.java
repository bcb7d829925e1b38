package eu.serviceaudit.advisor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.support.ResourceBundleMessageSource;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleBaseLoader;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The real catalogue, knowledge base and rule base of the repository, loaded once for the tests of the rules check
 * and the scenario files, and throw-away copies of {@code rules/} to break.
 */
public final class RulesFixtures {

	public static final Path RULES = Path.of("rules");

	public static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");

	public static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.load(ContentFolder.fromDirectory(KNOWLEDGE_BASE));

	public static final KnowledgeBase KNOWLEDGE = new KnowledgeBaseLoader(CATALOGUE)
		.load(ContentFolder.fromDirectory(KNOWLEDGE_BASE));

	private static RuleBase rules;

	private RulesFixtures() {
	}

	/** The rule base of {@code rules/}, compiled once. */
	public static synchronized RuleBase rules() {
		if (rules == null) {
			rules = new RuleBaseLoader().load(ContentFolder.fromDirectory(RULES));
		}
		return rules;
	}

	public static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = eu.serviceaudit.advisor.system.MessageBundles.standalone();
		return messages;
	}

	/** A copy of {@code rules/} in a new temporary folder. */
	public static Path copyOfRules() {
		try {
			Path target = Files.createTempDirectory("rules-copy-");
			try (var files = Files.walk(RULES)) {
				for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
					Path copy = target.resolve(RULES.relativize(file).toString());
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces {@code from} by {@code to} in a file of a rules copy; fails when {@code from} is not there. */
	public static void edit(Path rules, String file, String from, String to) {
		try {
			Path path = rules.resolve(file);
			String text = Files.readString(path, StandardCharsets.UTF_8);
			if (!text.contains(from)) {
				throw new IllegalStateException(file + " does not contain: " + from);
			}
			Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void write(Path rules, String file, String text) {
		try {
			Path path = rules.resolve(file);
			Files.createDirectories(path.getParent());
			Files.writeString(path, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
