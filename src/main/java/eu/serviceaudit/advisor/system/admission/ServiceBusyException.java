package eu.serviceaudit.advisor.system.admission;

import java.time.Duration;

import eu.serviceaudit.advisor.system.EnglishCount;

/** Every turn for analyses and imports is taken; answered with 503 and {@code Retry-After}. */
public class ServiceBusyException extends RuntimeException {

	private final Duration retryAfter;

	public ServiceBusyException(Duration retryAfter, int concurrent) {
		super("The service is analysing " + EnglishCount.of(concurrent, "audit") + " already; try again in "
				+ EnglishCount.of(retryAfter.toSeconds(), "second") + ".");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
