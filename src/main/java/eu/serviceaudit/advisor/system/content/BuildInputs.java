package eu.serviceaudit.advisor.system.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * What a build step that prepares files for the start (the compiled rule base, the knowledge-base index) was made
 * from: when nothing of it changed, the step is skipped.
 */
public final class BuildInputs {

	/** The prepared files themselves are left out: their bytes differ at every run. */
	static final String PREPARED_PREFIX = "prepared-";

	private BuildInputs() {
	}

	/** A digest of every class and resource of the build but the prepared files, and of the class path it runs with. */
	public static String digest(Path classes) {
		try (Stream<Path> walk = Files.walk(classes)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(System.getProperty("java.class.path", "").getBytes(StandardCharsets.UTF_8));
			for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
				String relative = classes.relativize(file).toString().replace('\\', '/');
				if (relative.startsWith(PREPARED_PREFIX)) {
					continue;
				}
				digest.update(relative.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
