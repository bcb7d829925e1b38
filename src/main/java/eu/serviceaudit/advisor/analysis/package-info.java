/**
 * The answer of an analysis, its storage and its API.
 */
package eu.serviceaudit.advisor.analysis;
