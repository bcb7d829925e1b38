/**
 * The shared module below every feature: run options, languages, message bundles, the field-validation kit and its
 * errors; its subpackages web, content and security are open to every feature too. It depends on no feature.
 */
@ApplicationModule(displayName = "System (shared)")
package eu.serviceaudit.advisor.system;

import org.springframework.modulith.ApplicationModule;
