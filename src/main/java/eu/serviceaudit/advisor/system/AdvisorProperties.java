package eu.serviceaudit.advisor.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The run options of CONTRACT.md section 1. A folder left empty falls back to {@code ./rules} or
 * {@code ./knowledge-base} when that exists, else to the copy packaged in the jar.
 */
@ConfigurationProperties("advisor")
public record AdvisorProperties(Path dataDir, Path rulesDir, Path kbDir, String bootstrapPassword) {

	public AdvisorProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}

}
