package eu.serviceaudit.advisor.system.launch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.springframework.boot.loader.launch.LaunchedClassLoader;

/**
 * Boot's class loader for {@code java -jar}, looking a class or resource up only in the class-path entries that hold
 * its directory ({@link ClassPathPackageIndex}) instead of in every nested jar one after the other (a URL and a jar
 * connection per jar tried: some 46 jars per class on average for the ~10,800 classes of a start).
 * <p>
 * Same answers as the plain search: the holders are tried in class-path order with the same URLs, a class's bytes
 * are those of its entry in the holder's jar (opened once per class-path URL), defined with the CodeSource URLClassLoader would give (the entry's URL, no signers) and its package as URLClassLoader
 * would (Boot's {@code loadClass} defines it from the jar's manifest beforehand); whether a resource is there is read
 * from the jar's entries too. What the index does not know (a directory, a jar it does not name, a name that needs URL
 * encoding, a directory name) is searched in every entry as before (a class in an unknown directory through the jars'
 * entries, in class-path order), so a stale index can only be slower.
 */
public class PackageIndexedClassLoader extends LaunchedClassLoader {

	static {
		ClassLoader.registerAsParallelCapable();
	}

	private final Map<String, URL[]> holders;

	private final int unknownEntries;

	private final URL[] classPath;

	private final Map<URL, JarFile> jarFiles = new ConcurrentHashMap<>();

	/** Lookups the index could not narrow (counted for the start-up log line only). */
	private final AtomicInteger searchedAsBefore = new AtomicInteger();

	private final AtomicInteger narrowed = new AtomicInteger();

	public PackageIndexedClassLoader(URL[] urls, ClassLoader parent, ClassPathPackageIndex index) {
		super(false, urls, parent);
		this.classPath = urls.clone();
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < index.entries().size(); i++) {
			numbers.put(index.entries().get(i), i);
		}
		int[] numberOf = new int[urls.length];
		int unknown = 0;
		for (int i = 0; i < urls.length; i++) {
			numberOf[i] = numbers.getOrDefault(entryName(urls[i]), -1);
			unknown += numberOf[i] < 0 ? 1 : 0;
		}
		this.unknownEntries = unknown;
		Map<String, URL[]> byDirectory = new HashMap<>(index.directories().size() * 4 / 3 + 1);
		List<URL> found = new ArrayList<>();
		for (Map.Entry<String, BitSet> directory : index.directories().entrySet()) {
			found.clear();
			BitSet held = directory.getValue();
			for (int i = 0; i < urls.length; i++) {
				if (numberOf[i] < 0 || held.get(numberOf[i])) {
					found.add(urls[i]);
				}
			}
			byDirectory.put(directory.getKey(), found.toArray(URL[]::new));
		}
		this.holders = byDirectory;
	}

	/**
	 * How the index names a class-path URL: the nested jar's file name
	 * ({@code jar:nested:/app.jar/!BOOT-INF/lib/x-1.0.jar!/} is {@code x-1.0.jar}), or
	 * {@link ClassPathPackageIndex#APPLICATION_CLASSES} for the nested classes folder.
	 */
	static String entryName(URL url) {
		String form = url.toString();
		int end = form.endsWith("!/") ? form.length() - 2 : form.length();
		if (end > 0 && form.charAt(end - 1) == '/') {
			return ClassPathPackageIndex.APPLICATION_CLASSES;
		}
		return form.substring(form.lastIndexOf('/', end - 1) + 1, end);
	}

	/** Directories known, class-path entries the index does not name (searched for every name). */
	public String describe() {
		return this.holders.size() + " directories indexed, " + this.unknownEntries + " of " + getURLs().length
				+ " class-path entries unknown to the index; " + this.narrowed + " lookups narrowed, "
				+ this.searchedAsBefore + " searched through all entries";
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		String path = name.replace('.', '/').concat(".class");
		URL[] candidates = candidates(path);
		if (candidates == null && plainPath(path)) {
			// a package the index does not know, mostly a probe for a class that is not there (Boot's conditions,
			// ClassUtils.isPresent): every entry in class-path order as URLClassPath would, but through the jars'
			// entries, not a URL, a connection and an exception per entry
			candidates = this.classPath;
		}
		else if (candidates == null) {
			return super.findClass(name);
		}
		for (URL base : candidates) {
			byte[] bytes = read(base, path);
			if (bytes != null) {
				return define(name, bytes, base);
			}
		}
		throw new ClassNotFoundException(name);
	}

	@Override
	public URL findResource(String name) {
		URL[] candidates = candidates(name);
		if (candidates == null) {
			return super.findResource(name);
		}
		for (URL base : candidates) {
			URL url = existing(base, name);
			if (url != null) {
				return url;
			}
		}
		return null;
	}

	@Override
	public Enumeration<URL> findResources(String name) throws IOException {
		URL[] candidates = candidates(name);
		if (candidates == null) {
			return super.findResources(name);
		}
		List<URL> urls = new ArrayList<>(2);
		for (URL base : candidates) {
			URL url = existing(base, name);
			if (url != null) {
				urls.add(url);
			}
		}
		return Collections.enumeration(urls);
	}

	/** The entries that may hold the name in class-path order, or null to search all of them as before. */
	private URL[] candidates(String name) {
		if (name.isEmpty() || name.charAt(0) == '/' || name.endsWith("/") || !plainPath(name)) {
			this.searchedAsBefore.incrementAndGet();
			return null;
		}
		URL[] found = this.holders.get(name.substring(0, name.lastIndexOf('/') + 1));
		(found != null ? this.narrowed : this.searchedAsBefore).incrementAndGet();
		return found;
	}

	/** A name URLClassPath would not encode (ParseUtil.encodePath leaves it alone), so new URL(base, name) is its URL. */
	private static boolean plainPath(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c <= ' ' || c >= 0x7f || "\"#%<>?[\\]^`{|}".indexOf(c) >= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The class file, or null when the entry is not there: read from the entry's jar, opened once per class-path URL
	 * as Boot's loader opens it to define packages (no URL and connection per class); through the entry's URL as
	 * URLClassPath reads it when the URL is no jar.
	 */
	private byte[] read(URL base, String path) {
		JarFile jar = jarFile(base);
		try {
			if (jar == null) {
				try (InputStream in = new URL(base, path).openConnection().getInputStream()) {
					return in.readAllBytes();
				}
			}
			JarEntry entry = jar.getJarEntry(path);
			if (entry == null) {
				return null;
			}
			try (InputStream in = jar.getInputStream(entry)) {
				return in.readAllBytes();
			}
		}
		catch (IOException ex) {
			return null;
		}
	}

	private JarFile jarFile(URL base) {
		JarFile jar = this.jarFiles.get(base);
		if (jar != null || !"jar".equals(base.getProtocol())) {
			return jar;
		}
		try {
			URLConnection connection = base.openConnection();
			if (!(connection instanceof JarURLConnection jarConnection)) {
				return null;
			}
			connection.setUseCaches(false);
			JarFile opened = jarConnection.getJarFile();
			JarFile previous = this.jarFiles.putIfAbsent(base, opened);
			if (previous != null) {
				opened.close();
				return previous;
			}
			return opened;
		}
		catch (IOException ex) {
			return null;
		}
	}

	@Override
	public void close() throws IOException {
		super.close();
		for (JarFile jar : this.jarFiles.values()) {
			jar.close();
		}
		this.jarFiles.clear();
	}

	/**
	 * The resource's URL when the entry is there: looked up in the entry's jar (opened once, as for classes), else
	 * checked as URLClassPath's loader checks it (a URL, a connection and its stream per entry tried).
	 */
	private URL existing(URL base, String name) {
		JarFile jar = jarFile(base);
		if (jar != null) {
			try {
				return jar.getJarEntry(name) != null ? new URL(base, name) : null;
			}
			catch (MalformedURLException | RuntimeException ex) {
				return null;
			}
		}
		try {
			URL url = new URL(base, name);
			URLConnection connection = url.openConnection();
			connection.setUseCaches(false);
			connection.getInputStream().close();
			return url;
		}
		catch (MalformedURLException ex) {
			return null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** As URLClassLoader.defineClass for a resource without manifest or signers (those of a jar: URL). */
	private Class<?> define(String name, byte[] bytes, URL base) {
		int lastDot = name.lastIndexOf('.');
		if (lastDot > 0) {
			String packageName = name.substring(0, lastDot);
			Package known = getDefinedPackage(packageName);
			if (known == null) {
				try {
					definePackage(packageName, null, null, null, null, null, null, null);
				}
				catch (IllegalArgumentException ex) {
					if (getDefinedPackage(packageName) == null) {
						throw new AssertionError("Cannot find package " + packageName, ex);
					}
				}
			}
			else if (known.isSealed() && !known.isSealed(base)) {
				throw new SecurityException("sealing violation: package " + packageName + " is sealed");
			}
		}
		return defineClass(name, bytes, 0, bytes.length, new CodeSource(base, (CodeSigner[]) null));
	}

	/**
	 * Starts the main class again through an index loader over the same URLs and parent, as Boot's launcher started
	 * it (thread context class loader included). False when the index is missing or unreadable: go on as before.
	 */
	static boolean relaunch(ClassLoader launched, String mainClass, String[] args) throws Throwable {
		ClassPathPackageIndex index;
		try (InputStream in = launched.getResourceAsStream(ClassPathPackageIndex.RESOURCE)) {
			if (in == null) {
				return false;
			}
			index = ClassPathPackageIndex.read(in);
		}
		PackageIndexedClassLoader loader = new PackageIndexedClassLoader(((URLClassLoader) launched).getURLs(),
				launched.getParent(), index);
		Thread.currentThread().setContextClassLoader(loader);
		try {
			Class.forName(mainClass, false, loader).getMethod("main", String[].class).invoke(null, (Object) args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		return true;
	}

}
