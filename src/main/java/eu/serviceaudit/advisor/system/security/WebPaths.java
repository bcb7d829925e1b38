package eu.serviceaudit.advisor.system.security;

/** The web pages by who may reach them; every page falls under one of these (or is ADMIN only). */
final class WebPaths {

	/** Users, rule base status and reload. */
	static final String[] ADMIN = { "/admin", "/admin/**" };

	/** Uploading an audit: consultants. */
	static final String[] ANALYSIS_UPLOAD = { "/analyses/new" };

	/** Deleting an analysis, including the page that asks first: consultants. */
	static final String[] ANALYSIS_DELETE = { "/analyses/*/delete" };

	/** Status and note of a plan item: what a manager may change. */
	static final String[] PLAN_PROGRESS = { "/plans/*/items/*/progress" };

	/** Status, owner and note of an alert: what managers and consultants change as they follow it up. */
	static final String[] ALERT_FOLLOW_UP = { "/alerts/*/follow-up" };

	/** Read by consultants and managers (GET); changed by consultants (any other method). */
	static final String[] ANALYSES_AND_PLANS = { "/analyses", "/analyses/**", "/plans", "/plans/**", "/alerts",
			"/alerts/**", "/dashboard", "/clients", "/clients/**" };

	/** Training sessions: trainers. */
	static final String[] TRAINING = { "/training-sessions", "/training-sessions/**" };

	/** The API description (OpenAPI JSON) and Swagger UI: consultants and admins, who integrate with the API. */
	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	/** The start page and the knowledge base: every role. */
	static final String[] EVERY_ROLE = { "/", "/kb", "/kb/**", "/account/password" };

	private WebPaths() {
	}

}
