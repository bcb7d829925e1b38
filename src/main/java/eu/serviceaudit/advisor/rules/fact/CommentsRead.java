package eu.serviceaudit.advisor.rules.fact;

/**
 * Inserted by the engine once it has matched every negative comment the rules chose: the rules that count the
 * matches start from it, so they count all of them at once.
 */
public record CommentsRead(int matches) {
}
