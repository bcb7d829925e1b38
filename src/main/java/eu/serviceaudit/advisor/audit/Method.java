package eu.serviceaudit.advisor.audit;

/** How an observation was made. */
public enum Method {

	MYSTERY_SHOP, ONSITE_OBSERVATION, MANAGER_WALKTHROUGH, EMPLOYEE_INTERVIEW, CUSTOMER_SURVEY, INTERNAL_SURVEY,
	COMPLAINT_LOG, SELF_ASSESSMENT

}
