package eu.serviceaudit.advisor.rules.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.Pattern;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.Scope;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.rules.RuleError;

/**
 * Reads the coverage table against CONTRACT.md section 5 and the knowledge base: every criterion gets a
 * recommendation for every pattern, of the kind its pattern and scope call for, pointing at a recommendation article
 * that exists in every language, with training actions where the contract wants them. A problem caused by a row
 * names that row's file and line.
 */
final class CoverageCheck {

	static final String COVERAGE = "coverage";

	static final String CONTRACT = "contract";

	static final String ARTICLE = "article";

	private static final Set<Horizon> SOON = EnumSet.of(Horizon.NOW, Horizon.DAYS_30);

	private final KnowledgeBase knowledge;

	private final RuleLocations locations;

	private final String tableFile;

	/** {@code knowledge} null: the knowledge base did not load, articles are not checked here. */
	CoverageCheck(KnowledgeBase knowledge, RuleLocations locations, String tableFile) {
		this.knowledge = knowledge;
		this.locations = locations;
		this.tableFile = tableFile;
	}

	List<RuleError> check(Coverage coverage) {
		GroupedProblems problems = new GroupedProblems();
		for (Coverage.Row row : coverage.rows()) {
			for (Pattern pattern : Coverage.PATTERNS) {
				check(row, pattern, row.cells().get(pattern), problems);
			}
			for (Pattern pattern : Coverage.LOCAL_PATTERNS) {
				local(row, pattern, row.local().get(pattern), problems);
			}
		}
		return problems.problems();
	}

	private void check(Coverage.Row row, Pattern pattern, Coverage.Cell cell, GroupedProblems problems) {
		String code = row.criterion();
		String what = "%s (" + row.scope() + ", " + pattern + ")";
		if (cell.classifiedAs() != pattern) {
			problems.add(COVERAGE, "", 0, code, "a " + pattern + " audit (" + describe(pattern) + ") of %s was "
					+ "classified " + cell.classifiedAs() + " by the pattern rules");
			return;
		}
		List<Coverage.Recommendation> recommendations = cell.recommendations();
		if (recommendations.isEmpty()) {
			problems.add(COVERAGE, tableFile, 0, code, what + " gets no recommendation: add a row for scope "
					+ row.scope() + (row.critical() ? " (critical)" : "") + " and pattern " + pattern);
			return;
		}
		List<RecommendationKind> kinds = recommendations.stream().map(Coverage.Recommendation::kind).toList();
		for (Coverage.Recommendation r : recommendations) {
			RuleLocations.Location at = locations.of(r.rule());
			String wrong = contract(row.scope(), pattern, r);
			if (wrong != null) {
				problems.add(CONTRACT, at.file(), at.line(), code, "'" + r.rule() + "' gives " + what + " "
						+ r.kind() + ": " + wrong);
			}
			String article = article(r.article());
			if (article != null) {
				problems.add(ARTICLE, at.file(), at.line(), code, "'" + r.rule() + "' points %s at " + article);
			}
			if (knowledge != null && r.kind() != RecommendationKind.COACHING
					&& (row.scope() == Scope.FRONTLINE || row.scope() == Scope.INTERNAL_SERVICE)
					&& r.trainingActions().isEmpty()) {
				problems.add(CONTRACT, at.file(), at.line(), code, "'" + r.rule() + "' gives " + what + " "
						+ r.kind() + " without a training action: set Training actions to yes, and make sure an "
						+ "EXERCISE of the knowledge base addresses the criterion");
			}
		}
		if (row.scope() == Scope.ORGANISATION) {
			if (!kinds.contains(RecommendationKind.PROCESS)) {
				problems.add(CONTRACT, tableFile, 0, code, what + " gets " + kinds
						+ ": an ORGANISATION criterion gets PROCESS whatever its pattern");
			}
		}
		else if (pattern == Pattern.RECURRING && !kinds.contains(RecommendationKind.TRAINING)) {
			problems.add(CONTRACT, tableFile, 0, code, what + " gets " + kinds
					+ ": a RECURRING weakness gets TRAINING");
		}
		else if (pattern == Pattern.SYSTEMIC && recommendations.stream()
			.noneMatch(r -> r.kind() != RecommendationKind.COACHING && SOON.contains(r.horizon()))) {
			problems.add(CONTRACT, tableFile, 0, code, what + " gets " + kinds
					+ ": a SYSTEMIC weakness gets PROCESS or TRAINING at NOW or 30_DAYS");
		}
	}

	/**
	 * A weakness one location carries (CONTRACT.md 10, LOCAL): its recommendations are for that location only, and
	 * for a trainable criterion TRAINING for that team (SYSTEMIC, RECURRING) or COACHING (ISOLATED), never a PROCESS.
	 */
	private void local(Coverage.Row row, Pattern pattern, Coverage.Cell cell, GroupedProblems problems) {
		String code = row.criterion();
		String what = "%s (" + row.scope() + ", " + pattern + " at one location)";
		if (cell.classifiedAs() != pattern) {
			problems.add(COVERAGE, "", 0, code, "a LOCAL " + pattern + " audit of %s was classified "
					+ cell.classifiedAs() + " by the pattern rules");
			return;
		}
		if (cell.recommendations().isEmpty()) {
			problems.add(COVERAGE, tableFile, 0, code, what + " gets no recommendation: add a row for scope "
					+ row.scope() + ", pattern " + pattern + " and reach LOCAL (or an empty reach)");
			return;
		}
		boolean trainable = row.scope() == Scope.FRONTLINE || row.scope() == Scope.INTERNAL_SERVICE;
		for (Coverage.Recommendation r : cell.recommendations()) {
			RuleLocations.Location at = locations.of(r.rule());
			if (!r.locations().equals(java.util.List.of("LOC-1"))) {
				problems.add(CONTRACT, at.file(), at.line(), code, "'" + r.rule() + "' gives " + what + " a "
						+ r.kind() + " for " + (r.locations().isEmpty() ? "every location" : r.locations())
						+ ": a local weakness's recommendations are for its location only (use Reach LOCAL)");
			}
			RecommendationKind expected = pattern == Pattern.ISOLATED ? RecommendationKind.COACHING
					: RecommendationKind.TRAINING;
			if (trainable && r.kind() != expected) {
				problems.add(CONTRACT, at.file(), at.line(), code, "'" + r.rule() + "' gives " + what + " "
						+ r.kind() + ": the team of that location gets " + expected);
			}
		}
	}

	/** What is wrong with one recommendation by CONTRACT.md sections 5 and 10, or null. */
	private static String contract(Scope scope, Pattern pattern, Coverage.Recommendation r) {
		if (scope == Scope.ORGANISATION) {
			return r.kind() == RecommendationKind.COACHING
					? "a missing standard is never a coaching matter (ORGANISATION gets PROCESS)" : null;
		}
		boolean trainable = scope == Scope.FRONTLINE || scope == Scope.INTERNAL_SERVICE;
		return switch (pattern) {
			case CUSTOMER_VOICE -> !SOON.contains(r.horizon())
					? "a weakness three or more negative comments name gets horizon NOW or 30_DAYS" : null;
			case BELOW_STANDARD -> r.kind() != (trainable ? RecommendationKind.TRAINING : RecommendationKind.PROCESS)
					? "a BELOW_STANDARD weakness gets " + (trainable ? "TRAINING" : "PROCESS") + " for its scope"
					: r.horizon() != Horizon.DAYS_90 ? "a BELOW_STANDARD weakness gets horizon 90_DAYS" : null;
			case ISOLATED -> r.kind() != RecommendationKind.COACHING
					? "an ISOLATED weakness gets COACHING, not a programme" : null;
			case RECURRING -> r.kind() == RecommendationKind.COACHING
					? "a RECURRING weakness gets TRAINING, not one-to-one coaching" : null;
			case SYSTEMIC -> r.kind() == RecommendationKind.COACHING
					? "a SYSTEMIC weakness gets PROCESS or TRAINING" : null;
			default -> null;
		};
	}

	/** What is wrong with the article a row points at, or null. */
	private String article(String id) {
		if (knowledge == null) {
			return null;
		}
		if (id == null || id.isBlank()) {
			return "no article";
		}
		Optional<Article> article = knowledge.find(id);
		if (article.isEmpty()) {
			return "the article '" + id + "', which the knowledge base does not have";
		}
		if (article.get().type() != ArticleType.RECOMMENDATION) {
			return "'" + id + "', which is an " + article.get().type() + ", not a RECOMMENDATION";
		}
		List<String> missing = new ArrayList<>();
		for (Language language : Language.values()) {
			if (!article.get().texts().containsKey(language)) {
				missing.add(language.code());
			}
		}
		return missing.isEmpty() ? null : "'" + id + "', which has no text in " + String.join(", ", missing);
	}

	private static String describe(Pattern pattern) {
		return switch (pattern) {
			case SYSTEMIC -> "3 failures in 3 visits";
			case RECURRING -> "2 failures in 4 visits";
			case BELOW_STANDARD -> "6 of 10 in 3 visits";
			case CUSTOMER_VOICE -> "3 unhappy answers naming it, no finding";
			default -> "1 failure in 6 visits";
		};
	}

}
