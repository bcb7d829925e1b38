package eu.serviceaudit.advisor.system.launch;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * With {@code java -jar}, starts the application again through a {@link PackageIndexedClassLoader}: Boot's own
 * loader looks every class up in the nested jars one by one, which cost some 4 s of CPU per start. Does nothing
 * under {@code spring-boot:run}, in tests or from an extracted layout (no Boot launched class loader), when the
 * index is missing, or with {@code -Dadvisor.launcher.plain=true}.
 * <p>
 * Names the loader classes by string so that this class loads without spring-boot-loader on the class path.
 */
public final class IndexedLaunch {

	private static final String BOOT_LOADER = "org.springframework.boot.loader.launch.LaunchedClassLoader";

	private static final String INDEXED_LOADER = "eu.serviceaudit.advisor.system.launch.PackageIndexedClassLoader";

	/** Set to true to start with Boot's loader as it is. */
	public static final String PLAIN_PROPERTY = "advisor.launcher.plain";

	private IndexedLaunch() {
	}

	/**
	 * Runs {@code mainClass.main(args)} through an index loader when started by Boot's launcher: true when it did
	 * (then the caller returns), false when the caller goes on as usual.
	 */
	public static boolean relaunched(Class<?> mainClass, String[] args) {
		ClassLoader loader = mainClass.getClassLoader();
		if (loader == null || !BOOT_LOADER.equals(loader.getClass().getName()) || Boolean.getBoolean(PLAIN_PROPERTY)) {
			return false;
		}
		try {
			return PackageIndexedClassLoader.relaunch(loader, mainClass.getName(), args);
		}
		catch (Throwable ex) {
			throw IndexedLaunch.<RuntimeException>rethrow(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> T rethrow(Throwable ex) throws T {
		throw (T) ex;
	}

	/** Logs, once the application started, that the index loader runs it (and what it knows). */
	public static ApplicationListener<ApplicationStartedEvent> report() {
		return event -> {
			ClassLoader loader = IndexedLaunch.class.getClassLoader();
			if (loader != null && INDEXED_LOADER.equals(loader.getClass().getName())) {
				Log log = LogFactory.getLog(IndexedLaunch.class);
				try {
					log.info("Classes and resources found through the class-path package index ("
							+ loader.getClass().getMethod("describe").invoke(loader) + ")");
				}
				catch (ReflectiveOperationException ex) {
					log.info("Classes and resources found through the class-path package index");
				}
			}
		};
	}

}
