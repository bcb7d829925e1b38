package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.system.content.BuildInputs;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The search index of the bundled knowledge base as the build made it ({@code prepared-knowledge-index/} in the jar,
 * written by {@link #main} while the jar is built, like the prepared rule base): the start copies its files into the
 * in-memory index instead of indexing about 350 documents in five languages. Only the content decides: a knowledge
 * base that differs by one byte from the build's (its version is a content hash), or another Lucene version, is
 * indexed at start as before.
 */
public final class PreparedKnowledgeIndex {

	static final String FOLDER = "prepared-knowledge-index/";

	static final String KEYS = FOLDER + "prepared.properties";

	/** The version (content hash) of the knowledge base the index was made from. */
	static final String KNOWLEDGE_BASE = "knowledge-base";

	/** The Lucene version that wrote it. */
	static final String LUCENE = "lucene";

	/** The index's file names, comma-separated. */
	static final String FILES = "files";

	/** The digest of everything the index was made from, to skip the work in a build that changed none of it. */
	static final String INPUT = "input";

	private static final Logger log = LoggerFactory.getLogger(PreparedKnowledgeIndex.class);

	private PreparedKnowledgeIndex() {
	}

	/** The index files the build made from exactly this knowledge base, when there are. */
	static Optional<Map<String, byte[]>> of(String knowledgeBaseVersion) {
		Properties keys = readKeys(PreparedKnowledgeIndex.class.getClassLoader());
		if (!knowledgeBaseVersion.equals(keys.getProperty(KNOWLEDGE_BASE))
				|| !Version.LATEST.toString().equals(keys.getProperty(LUCENE)) || keys.getProperty(FILES) == null) {
			return Optional.empty();
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : keys.getProperty(FILES).split(",")) {
			try (InputStream in = PreparedKnowledgeIndex.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
				if (in == null) {
					log.warn("The prepared knowledge-base index lacks {}: the knowledge base is indexed", name);
					return Optional.empty();
				}
				files.put(name, in.readAllBytes());
			}
			catch (IOException ex) {
				log.warn("The prepared knowledge-base index cannot be read, the knowledge base is indexed: {}",
						ex.toString());
				return Optional.empty();
			}
		}
		return Optional.of(files);
	}

	/**
	 * {@code PreparedKnowledgeIndex <classes folder>}: indexes the folder's {@code bundled/knowledge-base} and writes
	 * the index into its {@code prepared-knowledge-index/}; run by the build at {@code process-classes} (see the pom).
	 */
	public static void main(String[] args) throws IOException {
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
		Path classes = Path.of(args[0]);
		String input = BuildInputs.digest(classes);
		Path folder = classes.resolve(FOLDER);
		Path keysFile = classes.resolve(KEYS);
		if (Files.exists(keysFile)) {
			Properties old = new Properties();
			try (InputStream in = Files.newInputStream(keysFile)) {
				old.load(in);
			}
			if (input.equals(old.getProperty(INPUT))) {
				System.out.println("Prepared knowledge-base index up to date");
				return;
			}
		}
		long start = System.nanoTime();
		ContentFolder knowledgeBaseFolder = ContentFolder.fromDirectory(classes.resolve("bundled/knowledge-base"));
		KnowledgeBase knowledgeBase = new KnowledgeBaseLoader(CriteriaCatalogue.load(knowledgeBaseFolder))
			.load(knowledgeBaseFolder);
		Map<String, byte[]> files = write(knowledgeBase);
		if (Files.isDirectory(folder)) {
			try (Stream<Path> old = Files.list(folder)) {
				for (Path file : (Iterable<Path>) old::iterator) {
					Files.delete(file);
				}
			}
		}
		Files.createDirectories(folder);
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Files.write(folder.resolve(file.getKey()), file.getValue());
		}
		Properties keys = new Properties();
		keys.setProperty(KNOWLEDGE_BASE, knowledgeBase.version());
		keys.setProperty(LUCENE, Version.LATEST.toString());
		keys.setProperty(FILES, String.join(",", files.keySet()));
		keys.setProperty(INPUT, input);
		try (OutputStream out = Files.newOutputStream(keysFile)) {
			keys.store(out, "written by PreparedKnowledgeIndex at build time; read at start");
		}
		System.out.printf("Prepared knowledge-base index written in %d ms (%d files, knowledge base %s)%n",
				(System.nanoTime() - start) / 1_000_000, files.size(), knowledgeBase.version());
	}

	/** The files of an index of this knowledge base, made as the start would make it. */
	static Map<String, byte[]> write(KnowledgeBase knowledgeBase) throws IOException {
		try (KnowledgeIndex index = new KnowledgeIndex(LanguageAnalyzers.shared())) {
			index.rebuild(knowledgeBase.all(), knowledgeBase.version());
			return index.committedFiles();
		}
	}

	private static Properties readKeys(ClassLoader classLoader) {
		Properties keys = new Properties();
		try (InputStream in = classLoader.getResourceAsStream(KEYS)) {
			if (in != null) {
				keys.load(in);
			}
		}
		catch (IOException ex) {
			log.warn("Cannot read {}: the knowledge base is indexed at start", KEYS, ex);
		}
		return keys;
	}

}
