package eu.serviceaudit.advisor.rules.fact;

/**
 * A negative comment that names a criterion, as the comment matcher read it in the audit's language; the engine
 * inserts one per criterion the comment names.
 */
public record CommentMatch(String criterion, String reference, String text) {

	public static CommentMatch of(String criterion, NegativeComment comment) {
		return new CommentMatch(criterion, comment.reference(), comment.text());
	}

}
