package eu.serviceaudit.advisor.system.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which class-path entries hold which directory: written at build time ({@link WriteClassPathPackageIndex}), read by
 * {@link PackageIndexedClassLoader} so that a class or resource is looked for only in the jars that have its
 * directory instead of in all of them. It names entries only (a jar by its file name, the application's own classes
 * as {@link #APPLICATION_CLASSES}); the order comes from the class loader's URLs at run time.
 * <p>
 * Format (UTF-8 text): a first line {@code # <inputs fingerprint>}, one line {@code @<entry>} per class-path entry,
 * then one line per directory: {@code <directory>\t<entry numbers separated by spaces>}, the directory ending with
 * {@code /} (the root directory is the empty string).
 */
public final class ClassPathPackageIndex {

	/** Where the index lies among the application's resources. */
	public static final String RESOURCE = "META-INF/class-path-packages.idx";

	/** How the index names the application's own classes (BOOT-INF/classes/ in the jar, target/classes at build). */
	public static final String APPLICATION_CLASSES = "classes/";

	private final String fingerprint;

	private final List<String> entries;

	private final Map<String, BitSet> holders;

	ClassPathPackageIndex(String fingerprint, List<String> entries, Map<String, BitSet> holders) {
		this.fingerprint = fingerprint;
		this.entries = entries;
		this.holders = holders;
	}

	public String fingerprint() {
		return this.fingerprint;
	}

	/** The class-path entries the index knows, numbered by their position. */
	public List<String> entries() {
		return this.entries;
	}

	/** The numbers of the entries that hold the directory, or null when the index does not know it. */
	public BitSet holders(String directory) {
		return this.holders.get(directory);
	}

	public Map<String, BitSet> directories() {
		return this.holders;
	}

	public static ClassPathPackageIndex read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		String first = reader.readLine();
		String fingerprint = first != null && first.startsWith("# ") ? first.substring(2) : "";
		List<String> entries = new ArrayList<>();
		Map<String, BitSet> holders = new HashMap<>(1 << 15);
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.startsWith("@")) {
				entries.add(line.substring(1));
				continue;
			}
			int tab = line.indexOf('\t');
			if (tab < 0) {
				continue;
			}
			BitSet numbers = new BitSet(entries.size());
			int number = -1;
			for (int i = tab + 1; i <= line.length(); i++) {
				char c = i < line.length() ? line.charAt(i) : ' ';
				if (c >= '0' && c <= '9') {
					number = (number < 0 ? 0 : number * 10) + (c - '0');
				}
				else if (number >= 0) {
					numbers.set(number);
					number = -1;
				}
			}
			holders.put(line.substring(0, tab), numbers);
		}
		return new ClassPathPackageIndex(fingerprint, entries, holders);
	}

	/** Collects the directories of the entries, in class-path order. */
	public static final class Builder {

		private final List<String> entries = new ArrayList<>();

		private final Map<String, BitSet> holders = new LinkedHashMap<>();

		/** Starts the next class-path entry; then {@link #add} its entry names. */
		public void entry(String name) {
			this.entries.add(name);
		}

		/**
		 * A file or directory of the current entry: its directory and every directory above it are held by the
		 * entry (a directory is found by name, "org/foo" as well as "org/foo/", so its parent counts too).
		 */
		public void add(String entryName) {
			int number = this.entries.size() - 1;
			String name = entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName;
			for (int slash = name.lastIndexOf('/'); ; slash = name.lastIndexOf('/', slash - 1)) {
				String directory = name.substring(0, slash + 1);
				BitSet numbers = this.holders.computeIfAbsent(directory, d -> new BitSet());
				if (numbers.get(number)) {
					return; // and so are the directories above it
				}
				numbers.set(number);
				if (slash < 0) {
					return;
				}
			}
		}

		public ClassPathPackageIndex build(String fingerprint) {
			return new ClassPathPackageIndex(fingerprint, this.entries, this.holders);
		}

	}

	public void write(Writer out) throws IOException {
		out.write("# " + this.fingerprint + "\n");
		for (String entry : this.entries) {
			out.write("@" + entry + "\n");
		}
		StringBuilder line = new StringBuilder();
		for (Map.Entry<String, BitSet> directory : this.holders.entrySet()) {
			line.setLength(0);
			line.append(directory.getKey()).append('\t');
			directory.getValue().stream().forEach(n -> line.append(n).append(' '));
			line.setLength(line.length() - 1);
			out.write(line.append('\n').toString());
		}
	}

}
