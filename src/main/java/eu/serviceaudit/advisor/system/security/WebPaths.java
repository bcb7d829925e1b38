package eu.serviceaudit.advisor.system.security;

/** The web pages by who may reach them; every page falls under one of these (or is ADMIN only). */
final class WebPaths {

	/** Users, rule base status and reload. */
	static final String[] ADMIN = { "/admin", "/admin/**" };

	/** Uploading an audit: consultants. */
	static final String[] ANALYSIS_UPLOAD = { "/analyses/new" };

	/** Status and note of a plan item: what a manager may change. */
	static final String[] PLAN_PROGRESS = { "/plans/*/items/*/progress" };

	/** Read by consultants and managers (GET); changed by consultants (any other method). */
	static final String[] ANALYSES_AND_PLANS = { "/analyses", "/analyses/**", "/plans", "/plans/**", "/alerts" };

	/** Training sessions: trainers. */
	static final String[] TRAINING = { "/training-sessions", "/training-sessions/**" };

	/** The start page and the knowledge base: every role. */
	static final String[] EVERY_ROLE = { "/", "/kb", "/kb/**", "/account/password" };

	private WebPaths() {
	}

}
