package eu.serviceaudit.advisor.system.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.Opcodes;

/**
 * The index loader finds the same classes and resources, under the same URLs and in the same order, as a plain
 * URLClassLoader over the same class path: a split package, a jar the index does not name, a directory it does not
 * know, a name it leaves to the plain search.
 */
class PackageIndexedClassLoaderTests {

	@TempDir
	Path folder;

	@Test
	void findsWhatThePlainSearchFindsInTheSameOrder() throws Exception {
		Path classes = Files.createDirectories(this.folder.resolve("classes"));
		write(classes.resolve("p/r.txt"), "classes");
		write(classes.resolve("root.txt"), "root");
		write(classes.resolve("app/App.class"), classBytes("app/App"));
		Path a = jar("a.jar", Map.of("p/A.class", classBytes("p/A"), "p/r.txt", bytes("a"), "q/shared.txt", bytes("a"),
				"deep/er/D.class", classBytes("deep/er/D")));
		Path b = jar("b.jar", Map.of("p/B.class", classBytes("p/B"), "q/shared.txt", bytes("b"), "p/r.txt", bytes("b")));
		// not named by the index (a jar added after the build): searched for every name
		Path c = jar("c.jar", Map.of("p/C.class", classBytes("p/C"), "q/shared.txt", bytes("c"), "z/Z.class",
				classBytes("z/Z")));
		URL[] urls = { classes.toUri().toURL(), jarUrl(a), jarUrl(b), jarUrl(c) };

		ClassPathPackageIndex.Builder builder = new ClassPathPackageIndex.Builder();
		builder.entry(ClassPathPackageIndex.APPLICATION_CLASSES);
		List.of("p/r.txt", "root.txt", "app/App.class").forEach(builder::add);
		builder.entry("gone.jar"); // in the index, no longer on the class path
		builder.add("p/Gone.class");
		builder.entry("b.jar"); // the index's order is not the class path's
		List.of("p/B.class", "q/shared.txt", "p/r.txt", "META-INF/MANIFEST.MF").forEach(builder::add);
		builder.entry("a.jar");
		List.of("p/A.class", "p/r.txt", "q/shared.txt", "deep/er/D.class", "META-INF/MANIFEST.MF").forEach(builder::add);
		ClassPathPackageIndex index = roundTrip(builder.build("test"));
		assertThat(index.holders("deep/")).isNotNull(); // the directories above a file's are held too

		ClassLoader parent = ClassLoader.getPlatformClassLoader();
		try (URLClassLoader plain = new URLClassLoader(urls, parent);
				PackageIndexedClassLoader indexed = new PackageIndexedClassLoader(urls, parent, index)) {
			for (String name : List.of("p/r.txt", "q/shared.txt", "root.txt", "p/missing.txt", "unknown/x.txt",
					"META-INF/MANIFEST.MF", "p/A.class", "z/Z.class", "deep/er", "deep/er/", "p/", "a b/c.txt")) {
				assertThat(string(indexed.getResource(name))).as(name).isEqualTo(string(plain.getResource(name)));
				assertThat(strings(indexed.getResources(name))).as(name).isEqualTo(strings(plain.getResources(name)));
			}
			assertThat(strings(indexed.getResources("q/shared.txt"))).hasSize(3);
			for (String name : List.of("p.A", "p.B", "p.C", "z.Z", "app.App", "deep.er.D")) {
				Class<?> found = indexed.loadClass(name);
				assertThat(found.getClassLoader()).as(name).isSameAs(indexed);
				assertThat(found.getProtectionDomain().getCodeSource().getLocation().toString()).as(name)
					.isEqualTo(plain.loadClass(name).getProtectionDomain().getCodeSource().getLocation().toString());
				assertThat(found.getProtectionDomain().getCodeSource().getCodeSigners()).isNull();
				assertThat(found.getPackage()).isNotNull();
			}
			assertThat(indexed.loadClass("p.A").getProtectionDomain())
				.isSameAs(indexed.loadClass("q2.Q2InA").getProtectionDomain());
			assertThatThrownBy(() -> indexed.loadClass("p.Missing")).isInstanceOf(ClassNotFoundException.class);
			assertThatThrownBy(() -> indexed.loadClass("nowhere.Missing")).isInstanceOf(ClassNotFoundException.class);
		}
	}

	@Test
	void namesAClassPathEntryAsTheBuildDoes() throws Exception {
		assertThat(PackageIndexedClassLoader
			.entryName(new URL("jar:file:/app/audit-advisor.jar!/BOOT-INF/lib/spring-core-7.0.1.jar!/")))
			.isEqualTo("spring-core-7.0.1.jar");
		assertThat(PackageIndexedClassLoader.entryName(new URL("file:/app/classes/")))
			.isEqualTo(ClassPathPackageIndex.APPLICATION_CLASSES);
	}

	private static ClassPathPackageIndex roundTrip(ClassPathPackageIndex index) throws IOException {
		StringWriter out = new StringWriter();
		index.write(out);
		return ClassPathPackageIndex.read(new java.io.ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private Path jar(String name, Map<String, byte[]> entries) throws IOException {
		Path jar = this.folder.resolve(name);
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
		manifest.getMainAttributes().putValue("Implementation-Title", name);
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
				out.putNextEntry(new JarEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
			if (name.equals("a.jar")) {
				out.putNextEntry(new JarEntry("q2/Q2InA.class"));
				out.write(classBytes("q2/Q2InA"));
				out.closeEntry();
			}
		}
		return jar;
	}

	/**
	 * A jar: URL with a handler other than the JDK's, as Boot's at run time: URLClassPath then searches it with its
	 * generic loader (URL, connection) as it does the nested jars. The connections are the JDK's.
	 */
	private static URL jarUrl(Path jar) throws IOException {
		return new URL(null, "jar:" + jar.toUri() + "!/", new URLStreamHandler() {
			@Override
			protected URLConnection openConnection(URL url) throws IOException {
				return new URL(url.toExternalForm()).openConnection();
			}
		});
	}

	private static void write(Path file, String text) throws IOException {
		write(file, bytes(text));
	}

	private static void write(Path file, byte[] content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, content);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] classBytes(String internalName) {
		ClassWriter writer = new ClassWriter(0);
		writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
		writer.visitEnd();
		return writer.toByteArray();
	}

	private static String string(URL url) {
		return url == null ? null : url.toString();
	}

	private static List<String> strings(java.util.Enumeration<URL> urls) {
		return Collections.list(urls).stream().map(URL::toString).toList();
	}

}
