package eu.serviceaudit.advisor.system.launch;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step (exec-maven-plugin, process-classes, after the other prepared resources): writes
 * {@link ClassPathPackageIndex#RESOURCE} into the classes folder for the runtime class path this runs on, i.e. the
 * jars Boot's repackage puts into BOOT-INF/lib under the same file names. Skipped when no input changed.
 * <p>
 * Usage: {@code WriteClassPathPackageIndex <classes folder>} with the runtime class path as its own class path.
 */
public final class WriteClassPathPackageIndex {

	private WriteClassPathPackageIndex() {
	}

	public static void main(String[] args) throws IOException {
		long start = System.nanoTime();
		Path classes = Path.of(args[0]).toAbsolutePath().normalize();
		Path target = classes.resolve(ClassPathPackageIndex.RESOURCE);
		List<Path> jars = new ArrayList<>();
		for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Path.of(element).toAbsolutePath().normalize();
			if (!path.equals(classes) && Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
				jars.add(path);
			}
		}
		String fingerprint = fingerprint(classes, jars, target);
		if (Files.isRegularFile(target) && fingerprint.equals(readFingerprint(target))) {
			System.out.println("Class-path package index unchanged");
			return;
		}
		ClassPathPackageIndex.Builder index = new ClassPathPackageIndex.Builder();
		index.entry(ClassPathPackageIndex.APPLICATION_CLASSES);
		index.add(ClassPathPackageIndex.RESOURCE);
		try (Stream<Path> files = Files.walk(classes)) {
			files.filter(p -> !p.equals(classes))
				.forEach(p -> index.add(classes.relativize(p).toString().replace(File.separatorChar, '/')
						+ (Files.isDirectory(p) ? "/" : "")));
		}
		for (Path jar : jars) {
			index.entry(jar.getFileName().toString());
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
					index.add(entries.nextElement().getName());
				}
			}
		}
		Files.createDirectories(target.getParent());
		ClassPathPackageIndex built = index.build(fingerprint);
		try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			built.write(out);
		}
		System.out.printf("Class-path package index written in %d ms (%d jars, %d directories)%n",
				(System.nanoTime() - start) / 1_000_000, jars.size(), built.directories().size());
	}

	/** The class path's jars (name, size, time) and the classes folder's file names, without the index itself. */
	private static String fingerprint(Path classes, List<Path> jars, Path target) throws IOException {
		StringBuilder inputs = new StringBuilder();
		for (Path jar : jars) {
			inputs.append(jar).append(' ').append(Files.size(jar)).append(' ')
				.append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
		}
		try (Stream<Path> files = Files.walk(classes)) {
			files.filter(p -> !p.equals(target)).map(Path::toString).sorted().forEach(p -> inputs.append(p).append('\n'));
		}
		return Integer.toHexString(inputs.toString().hashCode()) + "-" + Integer.toHexString(inputs.length());
	}

	private static String readFingerprint(Path index) throws IOException {
		try (java.io.BufferedReader in = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
			String first = in.readLine();
			return first == null ? "" : first.substring(2);
		}
	}

}
