package eu.serviceaudit.advisor.rules;

import java.util.List;

import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Judges a freshly compiled rule base before it goes live (at start and at reload); an empty answer lets it in.
 * The rules check ({@code rules.check}) is the application's validator.
 */
@FunctionalInterface
public interface RuleBaseValidator {

	/** Lets every rule base in that compiles. */
	RuleBaseValidator NONE = (candidate, folder) -> List.of();

	List<RuleError> validate(RuleBase candidate, ContentFolder folder);

}
