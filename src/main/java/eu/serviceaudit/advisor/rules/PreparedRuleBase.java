package eu.serviceaudit.advisor.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as the build compiled and checked them ({@code prepared-rules/} in the jar, written by
 * {@code rules.check.PrepareRuleBase} while the jar is built): the start reads the compiled rule base instead of
 * compiling it (about a second instead of ten on two cores), and skips the rules check when the rules and the
 * knowledge base are exactly those the build checked. Only the content decides: a rules folder or knowledge base that
 * differs by one byte from the build's, or another Drools version, is compiled and checked as before.
 */
public final class PreparedRuleBase {

	static final String FOLDER = "prepared-rules/";

	public static final String RULE_BASE = FOLDER + "rule-base.bin";

	public static final String KEYS = FOLDER + "prepared.properties";

	/** The digest of the rule files the serialized rule base was compiled from. */
	public static final String RULE_FILES = "rule-files";

	/** The Drools version that wrote it: its serial form is Drools' own. */
	public static final String DROOLS = "drools";

	/** The digest of the whole rules folder (scenarios included) that passed the check, absent when it failed. */
	public static final String CHECKED_RULES = "checked-rules";

	/** The version (content hash) of the knowledge base the check ran against. */
	public static final String CHECKED_KNOWLEDGE_BASE = "checked-knowledge-base";

	private static final Logger log = LoggerFactory.getLogger(PreparedRuleBase.class);

	private static final Properties KEYS_IN_JAR = readKeys();

	private PreparedRuleBase() {
	}

	/** The rule base compiled at build time from exactly these rule files, when there is one. */
	static Optional<KieBase> of(String ruleFilesDigest) {
		if (!ruleFilesDigest.equals(KEYS_IN_JAR.getProperty(RULE_FILES))
				|| !droolsVersion().equals(KEYS_IN_JAR.getProperty(DROOLS))) {
			return Optional.empty();
		}
		try (InputStream in = PreparedRuleBase.class.getClassLoader().getResourceAsStream(RULE_BASE)) {
			if (in == null) {
				return Optional.empty();
			}
			return Optional.of(read(in.readAllBytes()));
		}
		catch (IOException | ClassNotFoundException | RuntimeException | LinkageError unreadable) {
			log.warn("The rule base prepared at build time cannot be read, the rules are compiled: {}",
					unreadable.toString());
			return Optional.empty();
		}
	}

	/** Whether the build ran the rules check on this very rules folder and knowledge base, and it passed. */
	public static boolean checkPassed(String rulesFolderDigest, String knowledgeBaseVersion) {
		return rulesFolderDigest.equals(KEYS_IN_JAR.getProperty(CHECKED_RULES))
				&& knowledgeBaseVersion.equals(KEYS_IN_JAR.getProperty(CHECKED_KNOWLEDGE_BASE))
				&& droolsVersion().equals(KEYS_IN_JAR.getProperty(DROOLS));
	}

	/**
	 * The rule base's serial form: the classes the rules declare (they must exist before the packages that use them
	 * are read), then the packages, which carry their compiled consequences and constraints.
	 */
	public static byte[] write(KieBase kieBase) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ClassLoader root = ((InternalKnowledgeBase) kieBase).getRootClassLoader();
		Map<String, byte[]> declared = root instanceof ProjectClassLoader project && project.getStore() != null
				? new HashMap<>(project.getStore()) : new HashMap<>();
		try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
			out.writeObject(declared);
			out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the rule base", ex);
		}
		return bytes.toByteArray();
	}

	/** A rule base from {@link #write}: packages added to a new rule base, as a compile would add them. */
	@SuppressWarnings("unchecked")
	public static KieBase read(byte[] serialized) throws IOException, ClassNotFoundException {
		ClassLoader parent = PreparedRuleBase.class.getClassLoader();
		try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(serialized), parent)) {
			Map<String, byte[]> declared = (Map<String, byte[]>) in.readObject();
			ProjectClassLoader classes = ProjectClassLoader.createProjectClassLoader(parent, declared);
			in.setClassLoader(classes);
			List<KiePackage> packages = (List<KiePackage>) in.readObject();
			InternalKnowledgeBase kieBase = KnowledgeBaseFactory
				.newKnowledgeBase(KieServices.get().newKieBaseConfiguration(null, classes));
			kieBase.addPackages(packages);
			return kieBase;
		}
	}

	public static String droolsVersion() {
		String version = KnowledgeBaseFactory.class.getPackage().getImplementationVersion();
		return version != null ? version : "unknown";
	}

	private static Properties readKeys() {
		Properties keys = new Properties();
		try (InputStream in = PreparedRuleBase.class.getClassLoader().getResourceAsStream(KEYS)) {
			if (in != null) {
				keys.load(in);
			}
		}
		catch (IOException ex) {
			log.warn("Cannot read {}: the rules are compiled and checked at start", KEYS, ex);
		}
		return keys;
	}

}
