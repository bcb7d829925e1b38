package eu.serviceaudit.advisor.audit;

/** Where the customer met the service. */
public enum Channel {

	IN_PERSON, PHONE, EMAIL, CHAT, WEB, SOCIAL

}
