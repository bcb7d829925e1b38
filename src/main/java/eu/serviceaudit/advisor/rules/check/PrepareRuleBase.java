package eu.serviceaudit.advisor.rules.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.rules.PreparedRuleBase;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleBaseLoader;
import eu.serviceaudit.advisor.system.content.BuildInputs;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Run by the build after the classes are compiled ({@code process-classes}, see the pom): compiles the bundled rules,
 * writes the rule base's serial form into {@code prepared-rules/}, reads it back, runs the rules check on what was
 * read against the bundled knowledge base, and notes the rules and knowledge base when it passed. The start then
 * reads instead of compiling and skips the check for exactly that content ({@link PreparedRuleBase}). A bundled
 * folder that fails the check is noted as unchecked, so that the start checks it again and refuses it as before.
 * Skipped when nothing it depends on changed since its last run (the classes, the bundled folders, the class path).
 */
public final class PrepareRuleBase {

	/** The digest of everything the prepared files were made from, to skip the work in a build that changed none. */
	static final String INPUT = "input";

	private PrepareRuleBase() {
	}

	/** {@code PrepareRuleBase <classes folder>}: the build's output folder, holding {@code bundled/rules}. */
	public static void main(String[] args) throws Exception {
		// the build's output shows the outcome, not Drools' progress
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
		Path classes = Path.of(args[0]);
		String input = BuildInputs.digest(classes);
		Path keysFile = classes.resolve(PreparedRuleBase.KEYS);
		if (input.equals(readKeys(keysFile).getProperty(INPUT))
				&& Files.exists(classes.resolve(PreparedRuleBase.RULE_BASE))) {
			System.out.println("Prepared rule base up to date");
			return;
		}
		long start = System.nanoTime();
		ContentFolder rules = ContentFolder.fromDirectory(classes.resolve("bundled/rules"));
		ContentFolder knowledgeBaseFolder = ContentFolder.fromDirectory(classes.resolve("bundled/knowledge-base"));
		Properties keys = prepare(rules, knowledgeBaseFolder, classes.resolve(PreparedRuleBase.RULE_BASE));
		keys.setProperty(INPUT, input);
		try (OutputStream out = Files.newOutputStream(keysFile)) {
			keys.store(out, "written by PrepareRuleBase at build time; read at start by PreparedRuleBase");
		}
		System.out.printf("Prepared rule base written in %d ms, rules check %s%n",
				(System.nanoTime() - start) / 1_000_000,
				keys.containsKey(PreparedRuleBase.CHECKED_RULES) ? "passed" : "FAILED (the start checks again)");
	}

	/**
	 * Compiles, writes and reads back the rule base, checks what was read, and answers the keys under which the start
	 * may trust it.
	 */
	static Properties prepare(ContentFolder rules, ContentFolder knowledgeBaseFolder, Path ruleBaseFile)
			throws IOException, ClassNotFoundException {
		RuleBase compiled = new RuleBaseLoader().compile(rules);
		byte[] serialized = PreparedRuleBase.write(compiled.kieBase());
		KieBase readBack = PreparedRuleBase.read(serialized);
		RuleBase served = new RuleBase(readBack, compiled.version(), compiled.rules(), rules.origin());

		Properties keys = new Properties();
		keys.setProperty(PreparedRuleBase.DROOLS, PreparedRuleBase.droolsVersion());
		keys.setProperty(PreparedRuleBase.RULE_FILES, rules.only(RuleBaseLoader::isRuleFile).digest());
		CriteriaCatalogue catalogue = CriteriaCatalogue.load(knowledgeBaseFolder);
		KnowledgeBase knowledge = new KnowledgeBaseLoader(catalogue).load(knowledgeBaseFolder);
		CheckReport report = new RulesCheck(catalogue, knowledge, List.of(), RulesCheckCommand.messages(),
				knowledge.commentVocabulary())
			.check(rules, served);
		if (report.passed()) {
			keys.setProperty(PreparedRuleBase.CHECKED_RULES, rules.digest());
			keys.setProperty(PreparedRuleBase.CHECKED_KNOWLEDGE_BASE, knowledge.version());
		}
		else {
			CheckReportText.print(report, System.out);
		}
		Files.createDirectories(ruleBaseFile.getParent());
		Files.write(ruleBaseFile, serialized);
		return keys;
	}

	private static Properties readKeys(Path file) throws IOException {
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (var in = Files.newInputStream(file)) {
				keys.load(in);
			}
		}
		return keys;
	}

}
