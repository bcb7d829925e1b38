package eu.serviceaudit.advisor.rules.fact;

/**
 * A proposal a diagnosis moved: the process change of a missing standard takes {@code priority}, just above the
 * best-ranked proposal of the weaknesses it explains ({@code above}).
 */
public record Placement(Proposal proposal, double priority, String above, String rule) {
}
