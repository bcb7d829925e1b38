package eu.serviceaudit.advisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/** The small knowledge base under src/test/resources/knowledge/valid, and copies of it to break. */
public final class KnowledgeFixtures {

	public static final Path VALID = Path.of("src/test/resources/knowledge/valid");

	private KnowledgeFixtures() {
	}

	public static KnowledgeBase valid() {
		return load(VALID);
	}

	public static KnowledgeBase load(Path folder) {
		ContentFolder content = ContentFolder.fromDirectory(folder);
		return new KnowledgeBaseLoader(CriteriaCatalogue.load(content)).load(content);
	}

	/** A copy of the valid fixture in {@code target}, to be broken by a test. */
	public static Path copyOfValid(Path target) {
		try (Stream<Path> files = Files.walk(VALID)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path copy = target.resolve(VALID.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
