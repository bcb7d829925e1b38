/** The facts the rule base reasons over and derives: plain records imported by the DRL files of {@code rules/}. */
package eu.serviceaudit.advisor.rules.fact;
