package eu.serviceaudit.advisor.system;

import java.util.List;

/**
 * A well-formed request that breaks the rules of its feature (an audit, a plan edit, a training session, a query
 * parameter); the API answers 422 naming every bad field by pointer, a page shows them beside the form.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidRequestException(List<FieldError> errors) {
		super(errors.size() + " invalid field(s), first: " + errors.get(0).pointer() + " " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String pointer, String message) {
		this(List.of(new FieldError(pointer, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

}
