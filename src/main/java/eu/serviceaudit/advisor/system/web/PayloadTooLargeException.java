package eu.serviceaudit.advisor.system.web;

/** A body over the size limit; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(String message) {
		super(message);
	}

}
