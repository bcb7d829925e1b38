package eu.serviceaudit.advisor.rules.fact;

import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.criteria.Scope;

/**
 * Where the action on a weakness reaches: {@code LOCAL} (one location's team, {@code location} set) or
 * {@code EVERYWHERE}. What the recommendation decision table matches on, with the weakness's scope, pattern and
 * criticality.
 */
public record Focus(Weakness weakness, String location, String reach) {

	public static final String LOCAL = "LOCAL";

	public static final String EVERYWHERE = "EVERYWHERE";

	public static Focus local(Weakness weakness, String location) {
		return new Focus(weakness, location, LOCAL);
	}

	public static Focus everywhere(Weakness weakness) {
		return new Focus(weakness, null, EVERYWHERE);
	}

	public String code() {
		return weakness.code();
	}

	public Scope scope() {
		return weakness.scope();
	}

	public Pattern pattern() {
		return weakness.pattern();
	}

	public boolean critical() {
		return weakness.critical();
	}

}
