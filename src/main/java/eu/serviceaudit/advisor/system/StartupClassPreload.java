package eu.serviceaudit.advisor.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a thread of its own started first thing in {@code main}, the classes a start loads, in the order it loads
 * them ({@value #LIST}, written by {@code src/test/load/startup-classes.sh}): a class costs its lookup through the
 * nested jars of the executable jar, most of the main thread's time until healthy, and this thread pays it ahead of
 * the main thread. Classes are loaded, not initialized (no static initializer runs here), so the start does the
 * same as without it; a name that no longer exists is skipped.
 */
public final class StartupClassPreload {

	static final String LIST = "META-INF/startup-classes.txt";

	private StartupClassPreload() {
	}

	/** Starts the thread when the list is there; returns it, or null without a list. */
	public static Thread start(ClassLoader loader) {
		InputStream list = loader.getResourceAsStream(LIST);
		if (list == null) {
			return null;
		}
		Thread preload = new Thread(() -> preload(list, loader), "startup-class-preload");
		preload.setDaemon(true);
		preload.start();
		return preload;
	}

	private static void preload(InputStream list, ClassLoader loader) {
		long start = System.nanoTime();
		int loaded = 0;
		try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
			for (String name = names.readLine(); name != null; name = names.readLine()) {
				try {
					Class.forName(name, false, loader);
					loaded++;
				}
				catch (ClassNotFoundException | LinkageError gone) {
					// renamed or removed since the list was written: the start loads what it needs itself
				}
			}
		}
		catch (IOException ex) {
			// only a head start: the start loads the classes itself
		}
		StartupPhases.record("class preload of " + loaded + " classes (own thread)", start);
		StartupPhases.recordThreadCpu("class preload (own thread)");
	}

}
