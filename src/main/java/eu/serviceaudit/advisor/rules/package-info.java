/**
 * The rule base: compiling the DRL files and decision tables of {@code rules/}, swapping them on reload, and the
 * engine that runs one Drools session per analysis.
 */
package eu.serviceaudit.advisor.rules;
