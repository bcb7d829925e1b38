package eu.serviceaudit.advisor.system.security;

/** The four roles of CONTRACT.md section 2. */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String CONSULTANT = "CONSULTANT";

	public static final String MANAGER = "MANAGER";

	public static final String TRAINER = "TRAINER";

	public static final String[] ALL = { ADMIN, CONSULTANT, MANAGER, TRAINER };

	private Roles() {
	}

}
