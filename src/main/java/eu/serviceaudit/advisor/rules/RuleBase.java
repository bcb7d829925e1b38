package eu.serviceaudit.advisor.rules;

import org.kie.api.KieBase;

/**
 * A compiled rule base: the shared, thread-safe {@link KieBase}, the content hash of the folder it was compiled from
 * (the {@code rulesVersion} of every analysis it computes), and how many rules it holds (queries not counted).
 */
public record RuleBase(KieBase kieBase, String version, int rules, String origin) {
}
