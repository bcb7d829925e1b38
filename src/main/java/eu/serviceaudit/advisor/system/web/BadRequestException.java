package eu.serviceaudit.advisor.system.web;

/** A request that cannot be read (for example a malformed CSV); answered with 400. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
