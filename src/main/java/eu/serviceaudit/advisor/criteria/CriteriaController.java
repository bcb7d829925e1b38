package eu.serviceaudit.advisor.criteria;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.system.Language;

@Tag(name = "Criteria")
@RestController
class CriteriaController {

	private final CriteriaCatalogue catalogue;

	CriteriaController(CriteriaCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Operation(summary = "List the audit criteria",
			description = "Roles: ADMIN, CONSULTANT, MANAGER, TRAINER. The catalogue with names and descriptions in lang= "
					+ "(en, et, lv, ru, uk; English by default).")
	@GetMapping("/api/criteria")
	List<CriterionView> list(@RequestParam(required = false) String lang) {
		Language language = Language.orDefault(lang);
		return catalogue.all()
			.stream()
			.map(c -> new CriterionView(c.code(), c.name(language), c.description(language), c.dimension(), c.stage(),
					c.critical(), c.scope().name(), language.code()))
			.toList();
	}

	record CriterionView(String code, String name, String description, String dimension, String stage,
			boolean critical, String scope, String language) {
	}

}
