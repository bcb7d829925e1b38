package eu.serviceaudit.advisor.alerts;

import java.util.Arrays;
import java.util.Optional;

/** Where the follow-up of an alert stands; OPEN and CONTACTED are still work, and can be overdue. */
public enum AlertStatus {

	OPEN, CONTACTED, RESOLVED, NOT_REACHABLE;

	public boolean open() {
		return this == OPEN || this == CONTACTED;
	}

	static Optional<AlertStatus> parse(String value) {
		return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
	}

}
