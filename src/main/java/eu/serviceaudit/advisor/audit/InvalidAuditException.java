package eu.serviceaudit.advisor.audit;

import java.util.List;

/** A well-formed audit that breaks the rules of CONTRACT.md section 4; answered with 422 and every bad field. */
public class InvalidAuditException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidAuditException(List<FieldError> errors) {
		super(errors.size() + " invalid field(s), first: " + errors.get(0).pointer() + " " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
