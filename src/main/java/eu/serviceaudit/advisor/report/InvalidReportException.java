package eu.serviceaudit.advisor.report;

import java.util.List;

import eu.serviceaudit.advisor.audit.FieldError;

/** A well-formed report request that cannot be applied; answered with 422 naming every bad field. */
public class InvalidReportException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidReportException(List<FieldError> errors) {
		super(errors.size() + " invalid field(s), first: " + errors.get(0).pointer() + " " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
