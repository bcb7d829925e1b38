package eu.serviceaudit.advisor.report.document;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.Analysis.Recommendation;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.report.Report;
import eu.serviceaudit.advisor.report.ReportService;
import eu.serviceaudit.advisor.system.Language;

/** Assembles the document of a report from the report, its analysis and audit, the previous wave and the bundles. */
@Component
public class ReportDocuments {

	/** Below this many visits a location's figure is an indication, not a verdict. */
	static final int FEW_VISITS = 3;

	/** The change chart shows at most this many criteria, the largest changes. */
	static final int CHANGE_ROWS = 15;

	private final ReportService reports;

	private final Analyses analyses;

	private final PreviousWaves previousWaves;

	private final CriteriaCatalogue criteria;

	private final MessageSource messages;

	ReportDocuments(ReportService reports, Analyses analyses, PreviousWaves previousWaves, CriteriaCatalogue criteria,
			MessageSource messages) {
		this.reports = reports;
		this.analyses = analyses;
		this.previousWaves = previousWaves;
		this.criteria = criteria;
		this.messages = messages;
	}

	/** The document of an analysis's report; a draft only for those who see drafts (else 404). */
	public ReportDocument of(String analysisId, boolean seesDrafts) {
		Report report = reports.get(analysisId, seesDrafts);
		Analysis analysis = analyses.get(analysisId);
		Audit audit = analyses.findAudit(analysisId).orElseThrow(() -> Analyses.notFound(analysisId));
		return of(report, analysis, audit);
	}

	ReportDocument of(Report report, Analysis analysis, Audit audit) {
		Language language = Language.orDefault(analysis.language());
		Locale locale = language.locale();
		ReportDocument.Words words = (key, args) -> messages.getMessage(key, args, key, locale);
		Map<String, String> locationNames = new LinkedHashMap<>();
		audit.locations().forEach(l -> locationNames.put(l.id(), l.name()));
		LocationFigures figures = LocationFigures.of(audit);

		Map<String, Recommendation> byId = new HashMap<>();
		analysis.recommendations().forEach(r -> byId.put(r.id(), r));
		List<ReportDocument.Action> headline = new ArrayList<>();
		for (String id : report.headline()) {
			report.item(id).filter(item -> !item.hidden()).ifPresent(
					item -> headline.add(action(headline.size() + 1, item, byId.get(id), report, byId, language, locationNames, words)));
		}
		Set<String> inHeadline = new HashSet<>(report.headline());
		List<ReportDocument.Action> others = new ArrayList<>();
		for (Report.Item item : report.recommendations()) {
			if (!item.hidden() && !inHeadline.contains(item.id())) {
				others.add(action(headline.size() + others.size() + 1, item, byId.get(item.id()), report, byId, language,
						locationNames, words));
			}
		}

		String summary = report.summary() != null ? report.summary() : defaultSummary(analysis, headline, language, words);
		List<ReportDocument.Figure> strengths = analysis.strengths() == null ? List.of()
				: analysis.strengths().stream()
					.map(s -> new ReportDocument.Figure(name(s.criterion(), language), Charts.percent(s.score(), locale)))
					.toList();
		Analysis previous = previousWaves.previousOf(analysis.id(), analysis.client(), analysis.wave())
			.flatMap(analyses::find)
			.orElse(null);

		List<ReportDocument.Note> notes = report.locationNotes().stream()
			.map(n -> new ReportDocument.Note(locationNames.getOrDefault(n.locationId(), n.locationId()), n.note()))
			.toList();
		List<ReportDocument.Note> diagnoses = analysis.diagnoses().stream()
			.map(d -> new ReportDocument.Note(d.title(), d.text()))
			.toList();
		List<String> cautions = new ArrayList<>(analysis.cautions().stream()
			.map(Analysis.Caution::text)
			.filter(t -> t != null && !t.isBlank())
			.toList());
		LocationFigures.League league = figures.league(FEW_VISITS);
		List<ReportDocument.Training> training = training(headline, others, report, byId, words);

		List<ReportDocument.Section> contents = new ArrayList<>();
		section(contents, "summary", words);
		section(contents, "strengths", words);
		section(contents, "figures", words);
		section(contents, "locations", words);
		if (!diagnoses.isEmpty()) {
			section(contents, "diagnoses", words);
		}
		if (!cautions.isEmpty()) {
			section(contents, "cautions", words);
		}
		section(contents, "headline", words);
		if (!others.isEmpty()) {
			section(contents, "others", words);
		}
		if (!training.isEmpty()) {
			section(contents, "training", words);
		}
		return new ReportDocument(language.code(), words.get("report.doc.title"), analysis.client(), analysis.wave(),
				LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
				!report.published(), summary, summaryFigures(analysis, words, locale), strengths,
				dimensionChart(analysis, language, words), heatMap(figures, language, words),
				npsChart(analysis, words, locale), changeChart(analysis, previous, language, words),
				previous == null ? null : previous.wave(), league(league, words, locale), notes, diagnoses, cautions,
				headline, others, training, contents, words);
	}

	private static void section(List<ReportDocument.Section> contents, String id, ReportDocument.Words words) {
		contents.add(new ReportDocument.Section("section-" + id, words.get("report.doc.section." + id)));
	}

	private ReportDocument.Action action(int number, Report.Item item, Recommendation r, Report report,
			Map<String, Recommendation> byId, Language language, Map<String, String> locationNames,
			ReportDocument.Words words) {
		Locale locale = language.locale();
		List<Report.Item> merged = report.mergedInto(item.id());
		Set<String> addresses = new java.util.LinkedHashSet<>(r.addresses() == null ? List.of() : r.addresses());
		merged.forEach(m -> {
			Recommendation other = byId.get(m.id());
			if (other != null && other.addresses() != null) {
				addresses.addAll(other.addresses());
			}
		});
		String kpi = r.kpi() == null ? null : kpi(r.kpi(), words, locale);
		String where = r.locations() == null || r.locations().isEmpty() ? words.get("report.doc.action.allLocations")
				: r.locations().stream().map(id -> locationNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
		String why = r.rationale() == null ? null : r.rationale().text();
		return new ReportDocument.Action(number, item.title(), item.text(),
				r.kind() == null ? null : words.get("kind." + r.kind().name()), owner(r, words),
				kpi, r.horizon() == null ? null : words.get("horizon." + r.horizon().label()),
				addresses.stream().map(c -> name(c, language)).collect(Collectors.joining(", ")), where, why,
				merged.stream().map(Report.Item::title).toList());
	}

	/**
	 * The measure in words with its target; a measure whose wording already states its target in per cent is shown
	 * as worded, so that the reader never sees two targets.
	 */
	private static String kpi(Analysis.Kpi kpi, ReportDocument.Words words, Locale locale) {
		if (kpi.name() != null && STATES_A_TARGET.matcher(kpi.name()).find()) {
			return kpi.name();
		}
		return words.get("report.doc.action.kpiValue", kpi.name(), Charts.percent(kpi.target(), locale));
	}

	private static final java.util.regex.Pattern STATES_A_TARGET = java.util.regex.Pattern.compile("\\d\\s?%");

	/** The role in the audit's language: as the analysis named it, else from the bundles; never a code. */
	private String owner(Recommendation r, ReportDocument.Words words) {
		if (r.ownerRoleName() != null && !r.ownerRoleName().isBlank()) {
			return r.ownerRoleName();
		}
		if (r.ownerRole() == null) {
			return words.get("report.doc.owner.other");
		}
		String named = words.get("owner." + r.ownerRole());
		return named.equals("owner." + r.ownerRole()) ? words.get("report.doc.owner.other") : named;
	}

	private static List<ReportDocument.Training> training(List<ReportDocument.Action> headline,
			List<ReportDocument.Action> others, Report report, Map<String, Recommendation> byId,
			ReportDocument.Words words) {
		Map<String, Analysis.TrainingAction> exercises = new LinkedHashMap<>();
		Map<String, List<Integer>> usedBy = new LinkedHashMap<>();
		List<String> shown = new ArrayList<>(report.headline());
		report.recommendations().stream()
			.filter(item -> !item.hidden() && !report.headline().contains(item.id()))
			.forEach(item -> shown.add(item.id()));
		for (int i = 0; i < shown.size(); i++) {
			List<String> covered = new ArrayList<>(List.of(shown.get(i)));
			report.mergedInto(shown.get(i)).forEach(m -> covered.add(m.id()));
			for (String id : covered) {
				Recommendation r = byId.get(id);
				if (r == null || r.trainingActions() == null) {
					continue;
				}
				for (Analysis.TrainingAction t : r.trainingActions()) {
					String key = t.articleId() == null ? t.title() : t.articleId();
					exercises.putIfAbsent(key, t);
					List<Integer> numbers = usedBy.computeIfAbsent(key, k -> new ArrayList<>());
					if (!numbers.contains(i + 1)) {
						numbers.add(i + 1);
					}
				}
			}
		}
		List<ReportDocument.Training> training = new ArrayList<>();
		exercises.forEach((key, t) -> training.add(new ReportDocument.Training(t.title(),
				t.format() == null ? null : words.get("format." + t.format()),
				t.durationMinutes() > 0 ? words.get("report.doc.training.minutesValue", t.durationMinutes()) : null,
				usedBy.get(key).stream().map(String::valueOf).collect(Collectors.joining(", ")))));
		return training;
	}

	private String defaultSummary(Analysis analysis, List<ReportDocument.Action> headline, Language language,
			ReportDocument.Words words) {
		Locale locale = language.locale();
		List<String> sentences = new ArrayList<>();
		Double overall = analysis.summary() == null ? null : analysis.summary().overallScore();
		if (overall != null) {
			sentences.add(words.get("report.doc.summary.overall", analysis.client(), analysis.wave(),
					Charts.percent(overall, locale)));
		}
		if (analysis.strengths() != null && !analysis.strengths().isEmpty()) {
			sentences.add(words.get("report.doc.summary.strengths", analysis.strengths().stream()
				.limit(3)
				.map(s -> name(s.criterion(), language))
				.collect(Collectors.joining(", "))));
		}
		if (!headline.isEmpty()) {
			sentences.add(words.get("report.doc.summary.priorities",
					headline.stream().map(ReportDocument.Action::title).collect(Collectors.joining("; "))));
		}
		return String.join(" ", sentences);
	}

	private static List<ReportDocument.Figure> summaryFigures(Analysis analysis, ReportDocument.Words words,
			Locale locale) {
		Analysis.Summary s = analysis.summary();
		String none = words.get("report.doc.figure.none");
		List<ReportDocument.Figure> figures = new ArrayList<>();
		figures.add(new ReportDocument.Figure(words.get("report.doc.figure.overall"),
				s == null || s.overallScore() == null ? none : Charts.percent(s.overallScore(), locale)));
		String nps = none;
		if (s != null && s.nps() != null) {
			nps = s.npsMargin() == null ? String.format(locale, "%.1f", s.nps())
					: words.get("report.doc.figure.npsValue", String.format(locale, "%.1f", s.nps()),
							String.format(locale, "%.1f", s.npsMargin()), s.npsResponses() == null ? "—" : s.npsResponses());
		}
		figures.add(new ReportDocument.Figure(words.get("report.doc.figure.nps"), nps));
		figures.add(new ReportDocument.Figure(words.get("report.doc.figure.csat"),
				s == null || s.csat() == null ? none : String.format(locale, "%.0f %%", s.csat())));
		figures.add(new ReportDocument.Figure(words.get("report.doc.figure.ces"),
				s == null || s.ces() == null ? none : String.format(locale, "%.1f", s.ces())));
		figures.add(new ReportDocument.Figure(words.get("report.doc.figure.observations"),
				s == null ? none : String.valueOf(s.observations())));
		figures.add(new ReportDocument.Figure(words.get("report.doc.figure.responses"),
				s == null ? none : String.valueOf(s.responses())));
		return figures;
	}

	private static Chart dimensionChart(Analysis analysis, Language language, ReportDocument.Words words) {
		if (analysis.dimensions() == null || analysis.dimensions().isEmpty()) {
			return null;
		}
		List<Charts.Value> values = analysis.dimensions().stream()
			.map(d -> new Charts.Value(words.get("dimension." + d.dimension()), d.score()))
			.toList();
		return Charts.bars("chart-dimensions", words.get("report.doc.chart.dimensions"), values, language.locale());
	}

	private Chart heatMap(LocationFigures figures, Language language, ReportDocument.Words words) {
		List<Audit.Location> locations = figures.assessed();
		if (locations.isEmpty() || figures.criteria().isEmpty()) {
			return null;
		}
		// rows in the reader's alphabetical order of criterion names
		java.text.Collator collator = java.text.Collator.getInstance(language.locale());
		List<String> codes = figures.criteria().stream()
			.sorted(java.util.Comparator.comparing((String c) -> name(c, language), collator))
			.toList();
		List<String> rows = codes.stream().map(c -> name(c, language)).toList();
		Double[][] cells = new Double[codes.size()][locations.size()];
		for (int r = 0; r < codes.size(); r++) {
			for (int c = 0; c < locations.size(); c++) {
				cells[r][c] = figures.score(codes.get(r), locations.get(c).id());
			}
		}
		return Charts.heatMap("chart-heatmap", words.get("report.doc.chart.heatMap"), rows,
				locations.stream().map(Audit.Location::name).toList(), cells, words.get("report.doc.chart.notAssessed"),
				language.locale());
	}

	private static Chart npsChart(Analysis analysis, ReportDocument.Words words, Locale locale) {
		Analysis.Summary s = analysis.summary();
		if (s == null || s.nps() == null) {
			return null;
		}
		String caption = s.npsMargin() == null ? words.get("report.doc.chart.npsCaptionNoMargin", String.format(locale, "%.1f", s.nps()))
				: words.get("report.doc.chart.npsCaption", String.format(locale, "%.1f", s.nps()),
						String.format(locale, "%.1f", s.npsMargin()));
		return Charts.nps("chart-nps", words.get("report.doc.chart.nps"), s.nps(), s.npsMargin(), caption, locale);
	}

	private Chart changeChart(Analysis analysis, Analysis previous, Language language, ReportDocument.Words words) {
		if (previous == null) {
			return null;
		}
		Map<String, Double> before = new HashMap<>();
		previous.criteria().forEach(c -> before.put(c.criterion(), c.score()));
		List<Charts.Value> changes = analysis.criteria().stream()
			.filter(c -> before.containsKey(c.criterion()))
			.map(c -> new Charts.Value(name(c.criterion(), language), c.score() - before.get(c.criterion())))
			.sorted(java.util.Comparator.comparingDouble((Charts.Value v) -> -Math.abs(v.value())))
			.limit(CHANGE_ROWS)
			.sorted(java.util.Comparator.comparingDouble(Charts.Value::value).reversed())
			.toList();
		if (changes.isEmpty()) {
			return null;
		}
		return Charts.change("chart-change", words.get("report.doc.chart.change", previous.wave()), changes,
				words.get("report.doc.chart.points"), language.locale());
	}

	private static ReportDocument.League league(LocationFigures.League league, ReportDocument.Words words,
			Locale locale) {
		List<ReportDocument.LeagueRow> rows = league.rows().stream()
			.map(r -> new ReportDocument.LeagueRow(r.rank(), r.name(), Charts.percent(r.score(), locale), r.visits(),
					r.criteria(), r.few()))
			.toList();
		String basis = league.onCommonCriteria() ? words.get("report.doc.league.basis.common", league.commonCriteria())
				: words.get("report.doc.league.basis.equal");
		return new ReportDocument.League(rows, basis, league.anyFew() ? words.get("report.doc.league.caution") : null);
	}

	private String name(String code, Language language) {
		return criteria.find(code).map(c -> c.name(language)).orElse(code);
	}

}
