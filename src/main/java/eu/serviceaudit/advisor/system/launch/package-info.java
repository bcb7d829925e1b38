/**
 * How {@code java -jar} starts the application: through a class loader that looks a class up only in the nested
 * jars holding its package ({@link eu.serviceaudit.advisor.system.launch.IndexedLaunch}).
 */
@NamedInterface("launch")
package eu.serviceaudit.advisor.system.launch;

import org.springframework.modulith.NamedInterface;
