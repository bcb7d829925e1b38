package eu.serviceaudit.advisor.rules.fact;

import java.util.List;

/** LOCAL: one location carries the weakness, the others hardly share it. */
public record LocalWeakness(Weakness weakness, LocationFigures figures, String rule) implements DiagnosisFact {

	public static final String KIND = "LOCAL";

	public String location() {
		return figures.location();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<String> criteria() {
		return List.of(weakness.code());
	}

	@Override
	public List<String> locations() {
		return List.of(figures.location());
	}

}
