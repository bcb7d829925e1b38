package eu.serviceaudit.advisor.criteria;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.system.Language;

/** Criterion names in the interface language, by code, for pages that show codes. */
@Component
public class CriterionNames {

	private final CriteriaCatalogue catalogue;

	CriterionNames(CriteriaCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public Map<String, String> in(Locale locale) {
		Language language = Language.orDefault(locale.getLanguage());
		Map<String, String> names = new LinkedHashMap<>();
		for (Criterion criterion : catalogue.all()) {
			names.put(criterion.code(), criterion.name(language));
		}
		return names;
	}

}
