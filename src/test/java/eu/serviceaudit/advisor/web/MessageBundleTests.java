package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The interface exists whole in every language, and every key a template names is in the bundles. */
class MessageBundleTests {

	static final Path BUNDLES = Path.of("src/main/resources/messages");

	@ParameterizedTest
	@ValueSource(strings = { "et", "lv", "ru", "uk" })
	void everyLanguageHasEveryKeyOfTheEnglishBundle(String language) throws IOException {
		for (String family : families()) {
			if (!Files.exists(BUNDLES.resolve(family + ".properties"))) {
				continue;
			}
			Set<String> english = load(family + ".properties").stringPropertyNames();
			Properties translated = load(family + "_" + language + ".properties");
			Set<String> missing = new TreeSet<>(english);
			missing.removeAll(translated.stringPropertyNames());
			assertThat(missing).as("keys missing in " + family + "_" + language).isEmpty();
			List<String> empty = translated.stringPropertyNames().stream().filter(k -> translated.getProperty(k).isBlank()).toList();
			assertThat(empty).isEmpty();
		}
	}

	/** Every bundle family the application reads, e.g. "messages", "diagnosis". */
	private static List<String> families() {
		return Stream.of(eu.serviceaudit.advisor.system.MessageBundles.BASENAMES)
			.map(name -> name.substring(name.lastIndexOf('/') + 1))
			.toList();
	}

	private static Properties loadAllEnglish() throws IOException {
		Properties all = new Properties();
		for (String family : families()) {
			if (Files.exists(BUNDLES.resolve(family + ".properties"))) {
				all.putAll(load(family + ".properties"));
			}
		}
		return all;
	}

	@Test
	void everyLiteralKeyInTheTemplatesExists() throws IOException {
		Set<String> keys = loadAllEnglish().stringPropertyNames();
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
		List<String> unknown = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						unknown.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(unknown).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
