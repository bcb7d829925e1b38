package eu.serviceaudit.advisor.audit;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one request, keeping the first {@value InvalidAuditException#MAX_LISTED} and the count. */
public final class FieldErrors {

	private final List<FieldError> listed = new ArrayList<>();

	private int total;

	public void add(String pointer, String message) {
		add(new FieldError(pointer, message));
	}

	public void add(FieldError error) {
		total++;
		if (listed.size() < InvalidAuditException.MAX_LISTED) {
			listed.add(error);
		}
	}

	public int size() {
		return total;
	}

	public boolean isEmpty() {
		return total == 0;
	}

	public InvalidAuditException exception() {
		return new InvalidAuditException(listed, total);
	}

}
