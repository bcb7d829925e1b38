package eu.serviceaudit.advisor.system.web;

/** An id that names nothing stored; answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
