package eu.serviceaudit.advisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Compiles the DRL files ({@code *.drl}) and decision tables ({@code *.drl.csv}, {@code *.drl.xls},
 * {@code *.drl.xlsx}) of a rules folder into a {@link RuleBase}, or refuses it with every error's file and line.
 * Other files (documentation, scenarios) are left alone.
 */
public final class RuleBaseLoader {

	static final String RESOURCES = "src/main/resources/";

	private static final List<String> RULE_FILES = List.of(".drl", ".drl.csv", ".drl.xls", ".drl.xlsx");

	private static final AtomicLong BUILDS = new AtomicLong();

	private static final Logger log = LoggerFactory.getLogger(RuleBaseLoader.class);

	/**
	 * The rule base of the folder: the one the build prepared when these are exactly the rule files it compiled
	 * ({@link PreparedRuleBase}), else compiled now.
	 */
	public RuleBase load(ContentFolder folder) {
		ContentFolder ruleFiles = folder.only(RuleBaseLoader::isRuleFile);
		long start = System.nanoTime();
		Optional<KieBase> prepared = PreparedRuleBase.of(ruleFiles.digest());
		if (prepared.isPresent()) {
			RuleBase ruleBase = new RuleBase(prepared.get(), ruleFiles.contentHash(), countRules(prepared.get()),
					folder.origin());
			log.info("Rule base {} read as the build compiled it ({} ms): the rule files are the build's",
					ruleBase.version(), (System.nanoTime() - start) / 1_000_000);
			return ruleBase;
		}
		return compile(folder);
	}

	/** Compiles the folder's rule files, whatever the build prepared. */
	public RuleBase compile(ContentFolder folder) {
		KieServices ks = KieServices.get();
		KieFileSystem kfs = ks.newKieFileSystem();
		// the version is the hash of what compiles: editing a scenario or a note does not change the rule base
		String version = folder.only(RuleBaseLoader::isRuleFile).contentHash();
		ReleaseId releaseId = ks.newReleaseId("eu.serviceaudit.rules", "rules-" + version,
				"1." + BUILDS.incrementAndGet());
		kfs.generateAndWritePomXML(releaseId);
		int files = 0;
		for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
			if (isRuleFile(file.getKey())) {
				kfs.write(RESOURCES + file.getKey(), file.getValue());
				files++;
			}
		}
		if (files == 0) {
			throw new RuleCompilationException(List.of(new RuleError("", 0, "no rule files (*.drl, *.drl.csv) in "
					+ folder.origin())));
		}
		KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
		List<RuleError> errors = new ArrayList<>();
		for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
			errors.add(new RuleError(relative(message.getPath()), Math.max(0, message.getLine()),
					message.getText().strip()));
		}
		if (!errors.isEmpty()) {
			ks.getRepository().removeKieModule(releaseId);
			throw new RuleCompilationException(errors);
		}
		KieContainer container = ks.newKieContainer(releaseId);
		KieBase kieBase = container.getKieBase();
		ks.getRepository().removeKieModule(releaseId);
		return new RuleBase(kieBase, version, countRules(kieBase), folder.origin());
	}

	public static boolean isRuleFile(String path) {
		return RULE_FILES.stream().anyMatch(path::endsWith) && !path.contains("/.") && !path.startsWith(".");
	}

	private static String relative(String path) {
		if (path == null) {
			return "";
		}
		return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
	}

	static int countRules(KieBase kieBase) {
		int rules = 0;
		for (KiePackage pkg : kieBase.getKiePackages()) {
			rules += pkg.getRules().size() - pkg.getQueries().size();
		}
		return rules;
	}

}
