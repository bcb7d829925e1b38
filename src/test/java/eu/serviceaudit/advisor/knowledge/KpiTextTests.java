package eu.serviceaudit.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * A recommendation's KPI is shown as the article's {@code kpi} text next to {@code kpi.target} from the recommendation
 * table. A text that names its own percentage ("target 90 %") next to a target of 0.95 tells the client two different
 * goals; the text, and the article's last section that says how to re-measure, may name a percentage only when every
 * row of the table that can pick the article sets that target.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiTextTests {

	private static final Path TABLE = Path.of("rules/recommendations/recommendation-table.drl.csv");

	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%");

	private CriteriaCatalogue criteria;

	private KnowledgeBase kb;

	private List<Row> rows;

	@BeforeAll
	void load() throws IOException {
		ContentFolder folder = ContentFolder.fromDirectory(Path.of("knowledge-base"));
		criteria = CriteriaCatalogue.load(folder);
		kb = new KnowledgeBaseLoader(criteria).load(folder);
		rows = rows(TABLE);
	}

	@Test
	void shouldStateNoPercentageInAKpiTextThatDiffersFromTheTablesTarget() {
		assertThat(conflicts(ArticleText::kpi, "kpi")).isEmpty();
	}

	@Test
	void shouldStateNoConflictingPercentageWhereTheArticleSaysHowToReMeasure() {
		// the last section of a recommendation is how to re-measure: it names the same KPI in more words
		assertThat(conflicts(text -> lastSection(text.body()), "the last section")).isEmpty();
	}

	@Test
	void shouldFindATargetInTheTableForEveryRecommendationArticle() {
		// without a target the check above would pass for the wrong reason
		assertThat(recommendations()).allSatisfy(
				article -> assertThat(targets(article)).as("KPI targets of %s", article.id()).isNotEmpty());
	}

	@Test
	void shouldReadPercentagesAsTheTableWritesTargets() {
		assertThat(percentages("Доля тестовых жалоб (цель — 95 %)")).containsExactly(0.95);
		assertThat(percentages("Testostude osakaal (eesmärk 100%) ja 2 tööpäeva")).containsExactly(1.0);
		assertThat(percentages("Mērķis – 87,5 %")).containsExactly(0.875);
		assertThat(percentages("Share of visits with a greeting within 30 seconds")).isEmpty();
	}

	private List<String> conflicts(Function<ArticleText, String> part, String where) {
		List<String> conflicts = new ArrayList<>();
		for (Article article : recommendations()) {
			Set<Double> targets = targets(article);
			for (Language language : Language.values()) {
				String text = part.apply(article.text(language));
				for (double stated : percentages(text)) {
					if (targets.stream().anyMatch(target -> Math.abs(target - stated) > 1e-9)) {
						conflicts.add(article.id() + "/" + language.code() + ".md, " + where + ", states "
								+ format(stated) + " but the table sets "
								+ targets.stream().map(KpiTextTests::format).toList() + ": " + text);
					}
				}
			}
		}
		return conflicts;
	}

	private static String lastSection(String body) {
		int heading = body.lastIndexOf("\n## ");
		return heading < 0 ? body : body.substring(heading);
	}

	private List<Article> recommendations() {
		return kb.all().stream().filter(a -> a.type() == ArticleType.RECOMMENDATION).toList();
	}

	/** The KPI targets of every table row that can pick this article, whatever the pattern. */
	private Set<Double> targets(Article article) {
		Set<Double> targets = new TreeSet<>();
		for (Row row : rows) {
			for (String code : article.criteria()) {
				Criterion criterion = criteria.find(code).orElseThrow();
				boolean picks = row.article().equals(article.id()) || (row.article().contains("{criterion}")
						&& row.article().replace("{criterion}", slug(code)).equals(article.id()));
				if (picks && matches(row.scope(), criterion.scope().name())
						&& matches(row.critical(), String.valueOf(criterion.critical()))) {
					targets.add(row.target());
				}
			}
		}
		return targets;
	}

	private static boolean matches(String cell, String value) {
		return cell.isBlank() || cell.strip().equalsIgnoreCase(value);
	}

	private static String slug(String code) {
		return code.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static List<Double> percentages(String text) {
		List<Double> found = new ArrayList<>();
		Matcher matcher = PERCENT.matcher(text);
		while (matcher.find()) {
			found.add(Double.parseDouble(matcher.group(1).replace(',', '.')) / 100);
		}
		return found;
	}

	private static String format(double share) {
		return String.format(Locale.ROOT, "%.4g %%", share * 100).replaceAll("\\.?0+ %", " %");
	}

	/** The data rows of every rule table in the file that has a "KPI target" column. */
	private static List<Row> rows(Path table) throws IOException {
		List<Row> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
			List<String> header = null;
			for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
				List<String> cells = record.toList();
				String first = cells.isEmpty() ? "" : cells.get(0).strip();
				if (first.startsWith("RuleTable")) {
					header = null;
				}
				else if (cells.contains("KPI target") && cells.contains("Article")) {
					header = cells;
				}
				else if (header != null && !first.isEmpty()) {
					rows.add(new Row(cell(cells, header, "Scope"), cell(cells, header, "Critical"),
							Double.parseDouble(cell(cells, header, "KPI target").strip()),
							cell(cells, header, "Article").strip()));
				}
			}
		}
		assertThat(rows).as("rows with a KPI target in %s", table).isNotEmpty();
		return rows;
	}

	private static String cell(List<String> cells, List<String> header, String column) {
		int index = header.indexOf(column);
		return index < 0 || index >= cells.size() ? "" : cells.get(index);
	}

	private record Row(String scope, String critical, double target, String article) {
	}

}
