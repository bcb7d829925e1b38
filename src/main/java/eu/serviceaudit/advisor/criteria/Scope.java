package eu.serviceaudit.advisor.criteria;

/** Who or what a criterion is about; an ORGANISATION criterion is never a coaching matter. */
public enum Scope {

	FRONTLINE, INTERNAL_SERVICE, CHANNEL, FACILITY, ORGANISATION

}
