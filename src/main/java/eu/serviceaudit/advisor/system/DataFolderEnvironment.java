package eu.serviceaudit.advisor.system;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the embedded H2 database at {@code <data-dir>/advisor} with an absolute path (H2 refuses a relative one
 * without {@code ./}), unless a datasource URL such as PostgreSQL's was given.
 */
public class DataFolderEnvironment implements EnvironmentPostProcessor, Ordered {

	// WRITE_DELAY=0: a commit the API acknowledged survives a killed process; LOCK_TIMEOUT: concurrent first imports of
	// one client wait for each other instead of failing on a busy machine; QUERY_CACHE_SIZE: storing an analysis runs a
	// dozen different statements, and with H2's default of 8 cached per connection each was parsed again every time
	// (a fifth of writing a large analysis's follow-ups, docs/performance.md)
	static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

	/** Set by a run that only reads its settings (the rules check): nothing is created in the data folder. */
	public static final String READ_ONLY = "advisor.data-dir.read-only";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url");
		if (url != null && !url.isBlank()) {
			return;
		}
		// resolved once and pinned: a value such as target/${random.uuid} must name one folder for every reader
		Path dataDir = Path.of(environment.getProperty("advisor.data-dir", "./data")).toAbsolutePath().normalize();
		// owner-only before H2 creates its files in it, whatever the umask
		if (!environment.getProperty(READ_ONLY, Boolean.class, false)) {
			eu.serviceaudit.advisor.system.database.OwnerOnlyFiles.restrict(dataDir);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("advisorDataFolder", Map.of("advisor.data-dir", dataDir.toString(),
					"spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("advisor") + H2_OPTIONS)));
	}

	@Override
	public int getOrder() {
		// after the config files and the random values have been read
		return Ordered.LOWEST_PRECEDENCE;
	}

}
