package eu.serviceaudit.advisor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The layout by feature as a rule: every direct subpackage of {@code eu.serviceaudit.advisor} is a feature module,
 * the types in its top package are what other features may use, its subpackages are its own. A cycle between
 * features, or a feature reaching into another's subpackage, fails {@link #featuresKeepTheirBoundaries()}.
 * {@code system} is the shared module below every feature.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(AuditAdvisorApplication.class);

	@Test
	void featuresKeepTheirBoundaries() {
		modules.verify();
	}

	/** Regenerates docs/modules/ (the picture of the architecture in docs/architecture.md): never drawn by hand. */
	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation();
	}

}
