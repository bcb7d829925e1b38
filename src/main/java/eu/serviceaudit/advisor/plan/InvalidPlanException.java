package eu.serviceaudit.advisor.plan;

import java.util.List;

import eu.serviceaudit.advisor.audit.FieldError;

/** A well-formed plan request that cannot be applied; answered with 422 naming every bad field by JSON pointer. */
public class InvalidPlanException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidPlanException(List<FieldError> errors) {
		super(errors.size() + " invalid field(s), first: " + errors.get(0).pointer() + " " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
