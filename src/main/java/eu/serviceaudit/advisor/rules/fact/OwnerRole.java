package eu.serviceaudit.advisor.rules.fact;

/** The owner of a proposal in the words of the audit's sector, as the sector role table decided. */
public record OwnerRole(Proposal proposal, String role, String rule) {

	public static OwnerRole of(Proposal proposal, String role, String rule) {
		return new OwnerRole(proposal, role.strip(), rule);
	}

}
