package eu.serviceaudit.advisor.audit;

import java.util.List;

/**
 * A well-formed audit that breaks the rules of CONTRACT.md section 4; answered with 422 and its bad fields: the first
 * {@value #MAX_LISTED} of them, with the total, so that a huge bad file gets a short answer.
 */
public class InvalidAuditException extends RuntimeException {

	public static final int MAX_LISTED = 100;

	private final List<FieldError> errors;

	private final int total;

	public InvalidAuditException(List<FieldError> errors) {
		this(errors, errors.size());
	}

	public InvalidAuditException(List<FieldError> errors, int total) {
		super(total + " invalid field(s), first: " + errors.get(0).pointer() + " " + errors.get(0).message());
		this.errors = List.copyOf(errors.size() > MAX_LISTED ? errors.subList(0, MAX_LISTED) : errors);
		this.total = Math.max(total, this.errors.size());
	}

	/** The listed errors: at most {@value #MAX_LISTED}. */
	public List<FieldError> errors() {
		return errors;
	}

	/** How many errors were found in all, listed or not. */
	public int total() {
		return total;
	}

}
