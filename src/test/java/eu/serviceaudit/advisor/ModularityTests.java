package eu.serviceaudit.advisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The layout by feature as a rule: every direct subpackage of {@code eu.serviceaudit.advisor} is a feature module,
 * the types in its top package are what other features may use, its subpackages are its own. A cycle between
 * features, or a feature reaching into another's subpackage, fails {@link #featuresKeepTheirBoundaries()}.
 * {@code system} is the shared module below every feature: its subpackages are named interfaces, open to all.
 */
class ModularityTests {

	static final Path DOCS = Path.of("docs/modules");

	static final ApplicationModules modules = ApplicationModules.of(AuditAdvisorApplication.class);

	@Test
	void featuresKeepTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Regenerates docs/modules/ (the picture of the architecture docs/architecture.md points to): never drawn by
	 * hand. The relations come out in a different order from run to run; sorted, the files change only when the
	 * dependencies do.
	 */
	@Test
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				Files.write(file, sortedRelations(Files.readAllLines(file, StandardCharsets.UTF_8)),
						StandardCharsets.UTF_8);
			}
		}
	}

	/** The lines as they are, each run of consecutive {@code Rel(} lines sorted. */
	static List<String> sortedRelations(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				run.add(line);
				continue;
			}
			run.sort(null);
			sorted.addAll(run);
			run.clear();
			sorted.add(line);
		}
		run.sort(null);
		sorted.addAll(run);
		return sorted;
	}

}
