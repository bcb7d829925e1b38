package eu.serviceaudit.advisor.rules.check;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.modulith.NamedInterface;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.InvalidKnowledgeBaseException;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.rules.RuleEngine;
import eu.serviceaudit.advisor.system.DataFolderEnvironment;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.system.AdvisorProperties;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * {@code java -jar audit-advisor.jar --check-rules [--advisor.rules-dir=PATH] [--advisor.kb-dir=PATH]}: runs the
 * rules check on the rules folder the app would use, prints the report and exits 0 when it passes, 1 otherwise.
 * Starts no web server and opens no database: only the folders are read, the settings are resolved as the app does
 * (arguments, environment, application.properties). Named as an interface of the rules module because the
 * application's {@code main} calls it.
 */
@NamedInterface("check-command")
public final class RulesCheckCommand {

	public static final String ARGUMENT = "--check-rules";

	/** How the knowledge-base loader names a line of a vocabulary file: {@code path: line 12: message}. */
	private static final Pattern LINE = Pattern.compile("line (\\d+): ");

	private RulesCheckCommand() {
	}

	public static boolean requested(String[] args) {
		return Arrays.asList(args).contains(ARGUMENT);
	}

	/** Runs the check and answers the exit code. */
	public static int run(String[] args, PrintStream out) {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		rest.remove(ARGUMENT);
		AdvisorProperties properties;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.properties(Map.of("spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
					"logging.level.root", "WARN", DataFolderEnvironment.READ_ONLY, "true"))
			.run(rest.toArray(String[]::new))) {
			properties = context.getBean(AdvisorProperties.class);
		}
		try {
			return check(ContentFolder.resolve(properties.rulesDir(), "rules"),
					ContentFolder.resolve(properties.kbDir(), "knowledge-base"), out);
		}
		catch (RuntimeException ex) {
			out.println("The rules check could not run: " + ex.getMessage());
			return 1;
		}
	}

	/** Checks a rules folder against the catalogue and articles of a knowledge-base folder; prints, answers 0 or 1. */
	public static int check(ContentFolder rules, ContentFolder knowledgeBase, PrintStream out) {
		CriteriaCatalogue catalogue;
		try {
			catalogue = CriteriaCatalogue.load(knowledgeBase);
		}
		catch (RuntimeException ex) {
			out.println("The criteria catalogue of " + knowledgeBase.origin() + " cannot be read: " + ex.getMessage());
			return 1;
		}
		KnowledgeBase knowledge = null;
		List<RuleError> knowledgeProblems = new ArrayList<>();
		try {
			knowledge = new KnowledgeBaseLoader(catalogue).load(knowledgeBase);
		}
		catch (InvalidKnowledgeBaseException ex) {
			ex.problems().forEach(problem -> knowledgeProblems.add(knowledgeProblem(problem)));
		}
		// the scenario files' comments are read with the knowledge base's vocabulary, as the service reads them
		CheckReport report = new RulesCheck(catalogue, knowledge, knowledgeProblems, messages(),
				knowledge != null ? knowledge.commentVocabulary() : RuleEngine.NO_COMMENTS).check(rules);
		CheckReportText.print(report, out);
		return report.passed() ? 0 : 1;
	}

	/** The message bundles of the app, for alert reasons in the scenario runs. */
	static ResourceBundleMessageSource messages() {
		return eu.serviceaudit.advisor.system.MessageBundles.standalone();
	}

	/**
	 * The knowledge-base loader says {@code path: field: message}, or {@code path: line n: message} for the comment
	 * vocabulary; keep the path as the file and the line as the line.
	 */
	static RuleError knowledgeProblem(String problem) {
		int colon = problem.indexOf(": ");
		if (colon <= 0) {
			return new RuleError("knowledge-base", "knowledge-base", 0, problem);
		}
		String file = "knowledge-base/" + problem.substring(0, colon);
		String message = problem.substring(colon + 2);
		Matcher line = LINE.matcher(message);
		if (line.lookingAt()) {
			return new RuleError("knowledge-base", file, Integer.parseInt(line.group(1)), message.substring(line.end()));
		}
		return new RuleError("knowledge-base", file, 0, message);
	}

	/** Only the settings of the app: no web server, no database, no scanning. */
	@EnableConfigurationProperties(AdvisorProperties.class)
	static class Settings {

	}

}
