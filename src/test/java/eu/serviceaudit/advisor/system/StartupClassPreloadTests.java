package eu.serviceaudit.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The preload list still names the classes of this build (src/test/load/startup-classes.sh writes it again when it
 * no longer does), and preloading loads classes without running their static initializers.
 */
class StartupClassPreloadTests {

	static boolean initialized;

	static class WithStaticInitializer {

		static {
			initialized = true;
		}

	}

	@Test
	void theListNamesClassesThatStillExist() throws IOException {
		List<String> names;
		try (InputStream list = getClass().getClassLoader().getResourceAsStream(StartupClassPreload.LIST)) {
			assertThat(list).as(StartupClassPreload.LIST).isNotNull();
			names = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		long missing = names.stream().filter(name -> !exists(name)).count();
		assertThat(names).hasSizeGreaterThan(5_000);
		assertThat(missing).as("names in the list that are no class of this build: run src/test/load/startup-classes.sh")
			.isLessThan(names.size() / 20);
		assertThat(names).contains("eu.serviceaudit.advisor.AuditAdvisorApplication");
	}

	@Test
	void classesAreLoadedNotInitializedAndMissingOnesAreSkipped() throws Exception {
		String names = "no.such.Class\n" + WithStaticInitializer.class.getName() + "\n";
		ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
			@Override
			public InputStream getResourceAsStream(String name) {
				return StartupClassPreload.LIST.equals(name)
						? new ByteArrayInputStream(names.getBytes(StandardCharsets.UTF_8)) : super.getResourceAsStream(name);
			}
		};

		Thread preload = StartupClassPreload.start(loader);
		preload.join(10_000);

		assertThat(preload.isAlive()).isFalse();
		assertThat(initialized).isFalse();
	}

	private static boolean exists(String name) {
		try {
			Class.forName(name, false, StartupClassPreloadTests.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
