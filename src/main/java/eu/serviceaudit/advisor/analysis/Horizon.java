package eu.serviceaudit.advisor.analysis;

import com.fasterxml.jackson.annotation.JsonValue;

/** How soon a recommendation should be acted on. */
public enum Horizon {

	NOW("NOW"), DAYS_30("30_DAYS"), DAYS_90("90_DAYS");

	private final String label;

	Horizon(String label) {
		this.label = label;
	}

	@JsonValue
	public String label() {
		return label;
	}

	public static Horizon fromLabel(String label) {
		for (Horizon h : values()) {
			if (h.label.equals(label) || h.name().equals(label)) {
				return h;
			}
		}
		throw new IllegalArgumentException("Unknown horizon " + label);
	}

}
