package eu.serviceaudit.advisor.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The trade of the audited business: it decides whose job an action is (CONTRACT.md section 10). */
public enum Sector {

	RETAIL, FOOD_SERVICE, HOSPITALITY, BANKING, CONTACT_CENTRE, PUBLIC_SERVICE, INTERNAL_SERVICE;

	public static final Sector DEFAULT = RETAIL;

	public static Optional<Sector> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
	}

}
