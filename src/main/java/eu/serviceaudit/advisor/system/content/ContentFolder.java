package eu.serviceaudit.advisor.system.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A snapshot of a content folder ({@code rules/} or {@code knowledge-base/}): every file's path relative to the
 * folder, with its bytes. Read from disk when the folder exists there, else from the copy packaged in the jar, so
 * that the rest of the app never needs to know which.
 */
public final class ContentFolder {

	private final String origin;

	private final Map<String, byte[]> files;

	private ContentFolder(String origin, Map<String, byte[]> files) {
		this.origin = origin;
		this.files = files;
	}

	/**
	 * The folder given, else {@code ./<defaultName>} when it exists, else {@code classpath:bundled/<defaultName>}.
	 */
	public static ContentFolder resolve(Path configured, String defaultName) {
		if (configured != null) {
			if (!Files.isDirectory(configured)) {
				throw new IllegalStateException("The folder " + configured.toAbsolutePath() + " does not exist");
			}
			return fromDirectory(configured);
		}
		Path local = Path.of(defaultName);
		if (Files.isDirectory(local)) {
			return fromDirectory(local);
		}
		return fromClasspath("bundled/" + defaultName);
	}

	/** A snapshot kept elsewhere (a rule revision stored in the database), under the name it is known by. */
	public static ContentFolder of(String origin, Map<String, byte[]> files) {
		return new ContentFolder(origin, new TreeMap<>(files));
	}

	public static ContentFolder fromDirectory(Path dir) {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
				String relative = dir.relativize(file).toString().replace('\\', '/');
				files.put(relative, Files.readAllBytes(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + dir.toAbsolutePath(), ex);
		}
		return new ContentFolder(dir.toAbsolutePath().normalize().toString(), files);
	}

	public static ContentFolder fromClasspath(String prefix) {
		Map<String, byte[]> files = new TreeMap<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + prefix + "/**");
			for (Resource resource : resources) {
				if (!resource.isReadable()) {
					continue;
				}
				String url = resource.getURL().toString();
				int at = url.lastIndexOf(prefix + "/");
				if (at < 0 || url.endsWith("/")) {
					continue;
				}
				try (var in = resource.getInputStream()) {
					files.put(url.substring(at + prefix.length() + 1), in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read classpath:" + prefix, ex);
		}
		return new ContentFolder("classpath:" + prefix, files);
	}

	/** Where the snapshot was read from, for messages and the admin page. */
	public String origin() {
		return origin;
	}

	/** Every file, by relative path in name order. */
	public Map<String, byte[]> files() {
		return files;
	}

	public Map<String, byte[]> filesEndingWith(String suffix) {
		Map<String, byte[]> matching = new TreeMap<>();
		files.forEach((path, bytes) -> {
			if (path.endsWith(suffix)) {
				matching.put(path, bytes);
			}
		});
		return matching;
	}

	/** The same snapshot narrowed to the files whose relative path passes {@code filter}. */
	public ContentFolder only(Predicate<String> filter) {
		Map<String, byte[]> matching = new TreeMap<>();
		files.forEach((path, bytes) -> {
			if (filter.test(path)) {
				matching.put(path, bytes);
			}
		});
		return new ContentFolder(origin, matching);
	}

	public String text(String path) {
		byte[] bytes = files.get(path);
		if (bytes == null) {
			throw new IllegalStateException("Missing file " + path + " in " + origin);
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	public boolean contains(String path) {
		return files.containsKey(path);
	}

	/** A short content hash: the same files give the same version wherever they were read from. */
	public String contentHash() {
		return digest().substring(0, 12);
	}

	/** The full SHA-256 of every file's path and bytes, for decisions that trust content seen before. */
	public String digest() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((path, bytes) -> {
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
