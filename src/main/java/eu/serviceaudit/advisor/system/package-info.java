/**
 * The shared module below every feature: run options, languages, message bundles, the field-validation kit and its
 * errors; its subpackages web, content, security, admission and database (named interfaces) are open to every feature too. It depends on
 * no feature.
 */
package eu.serviceaudit.advisor.system;
