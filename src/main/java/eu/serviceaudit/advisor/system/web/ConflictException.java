package eu.serviceaudit.advisor.system.web;

/** A write based on a stale version; answered with 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
