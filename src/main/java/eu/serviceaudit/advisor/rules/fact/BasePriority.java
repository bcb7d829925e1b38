package eu.serviceaudit.advisor.rules.fact;

/** A proposal's priority by its own weakness, before a diagnosis moves it. */
public record BasePriority(Proposal proposal, double priority) {
}
