/**
 * Cross-cutting concerns: run options, content folders, security, errors.
 */
package eu.serviceaudit.advisor.system;
