package eu.serviceaudit.advisor.knowledge.web;

import java.util.List;

import eu.serviceaudit.advisor.audit.FieldError;
import eu.serviceaudit.advisor.audit.InvalidAuditException;

/** A query parameter with a value the API does not know; answered with 422 and a pointer like {@code /query/type}. */
class InvalidParameterException extends InvalidAuditException {

	InvalidParameterException(List<FieldError> errors) {
		super(errors);
	}

	static FieldError error(String parameter, String message) {
		return new FieldError("/query/" + parameter, message);
	}

}
