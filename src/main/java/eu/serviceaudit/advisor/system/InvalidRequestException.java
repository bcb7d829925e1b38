package eu.serviceaudit.advisor.system;

import java.util.List;

/**
 * A well-formed request that breaks the rules of its feature (an audit, a plan edit, a training session, a query
 * parameter); the API answers 422 naming every bad field by pointer, a page shows them beside the form.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldError> errors;

	private final int total;

	public InvalidRequestException(List<FieldError> errors) {
		this(errors, errors.size());
	}

	/** {@code errors} listed out of {@code total} found, for a caller that lists only the first of many. */
	public InvalidRequestException(List<FieldError> errors, int total) {
		super(total + " invalid field(s), first: " + errors.get(0).pointer() + " " + errors.get(0).message());
		this.errors = List.copyOf(errors);
		this.total = Math.max(total, this.errors.size());
	}

	public InvalidRequestException(String pointer, String message) {
		this(List.of(new FieldError(pointer, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** How many errors were found in all, listed or not. */
	public int total() {
		return total;
	}

}
