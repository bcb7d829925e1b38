package eu.serviceaudit.advisor.criteria;

import java.util.Map;

import eu.serviceaudit.advisor.system.Language;

/**
 * One entry of the criteria catalogue. Code, dimension, stage, critical flag and scope are the contract; names are
 * per language. A rule fact.
 */
public record Criterion(String code, String dimension, String stage, boolean critical, Scope scope, String meaning,
		Map<Language, LocalizedName> names) {

	public record LocalizedName(String name, String description) {
	}

	public String name(Language language) {
		LocalizedName localized = names.get(language);
		return localized != null ? localized.name() : names.getOrDefault(Language.EN, new LocalizedName(code, meaning)).name();
	}

	public String description(Language language) {
		LocalizedName localized = names.get(language);
		return localized != null ? localized.description() : meaning;
	}

	/** Whether a weakness of this criterion is trained with exercises (frontline and internal service). */
	public boolean trainable() {
		return scope == Scope.FRONTLINE || scope == Scope.INTERNAL_SERVICE;
	}

}
