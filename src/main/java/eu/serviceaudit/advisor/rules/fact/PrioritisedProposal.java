package eu.serviceaudit.advisor.rules.fact;

/** A proposal with its priority score in [0, 1]: the higher, the sooner it is done. */
public record PrioritisedProposal(Proposal proposal, double priority) {
}
