package eu.serviceaudit.advisor.system.admission;

import java.time.Duration;

/** Every turn for analyses and imports is taken; answered with 503 and {@code Retry-After}. */
public class ServiceBusyException extends RuntimeException {

	private final Duration retryAfter;

	public ServiceBusyException(Duration retryAfter, int concurrent) {
		super("The service is analysing " + concurrent + " audits already; try again in " + retryAfter.toSeconds()
				+ " seconds.");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
