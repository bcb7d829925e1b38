package eu.serviceaudit.advisor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleText;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.rules.fact.CriterionFigures;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.Proposal;
import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;
import eu.serviceaudit.advisor.rules.fact.SurveyMeasure;
import eu.serviceaudit.advisor.rules.fact.SurveyScore;
import eu.serviceaudit.advisor.rules.fact.Weakness;

/**
 * Words a rule outcome as the answer of CONTRACT.md section 5 in the audit's language: titles, summaries, KPI names
 * and training actions from the knowledge base, alert reasons from the message bundles; orders and ranks.
 */
public final class AnalysisAssembler {

	private static final int MAX_QUOTE = 160;

	private final CriteriaCatalogue catalogue;

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	public AnalysisAssembler(CriteriaCatalogue catalogue, KnowledgeBase knowledge, MessageSource messages) {
		this.catalogue = catalogue;
		this.knowledge = knowledge;
		this.messages = messages;
	}

	public Analysis assemble(Audit audit, RuleOutcome outcome, String rulesVersion) {
		Language language = audit.language();
		Map<String, Integer> order = catalogueOrder();
		Comparator<String> byCatalogue = Comparator.comparing(code -> order.getOrDefault(code, Integer.MAX_VALUE));

		List<Analysis.CriterionResult> criteria = outcome.criteria()
			.stream()
			.sorted(Comparator.comparing(CriterionPattern::code, byCatalogue))
			.map(AnalysisAssembler::criterionResult)
			.toList();
		List<Analysis.Strength> strengths = outcome.strengths()
			.stream()
			.sorted(Comparator.comparingDouble((eu.serviceaudit.advisor.rules.fact.Strength s) -> -s.score())
				.thenComparing(eu.serviceaudit.advisor.rules.fact.Strength::code, byCatalogue))
			.map(s -> new Analysis.Strength(s.code(), s.score()))
			.toList();
		List<Analysis.Weakness> weaknesses = outcome.weaknesses()
			.stream()
			.sorted(Comparator.comparingInt((Weakness w) -> -w.level())
				.thenComparing(w -> !w.critical())
				.thenComparingDouble(w -> -w.failureRate())
				.thenComparingDouble(Weakness::score)
				.thenComparing(Weakness::code, byCatalogue))
			.map(w -> new Analysis.Weakness(w.code(), w.pattern(), w.score(), w.failureRate(), List.of(), 0))
			.toList();
		Map<String, Integer> dimensionOrder = new LinkedHashMap<>();
		catalogue.all().forEach(c -> dimensionOrder.putIfAbsent(c.dimension(), dimensionOrder.size()));
		List<Analysis.DimensionScore> dimensions = outcome.dimensions()
			.stream()
			.sorted(Comparator.comparing(d -> dimensionOrder.getOrDefault(d.dimension(), Integer.MAX_VALUE)))
			.map(d -> new Analysis.DimensionScore(d.dimension(), d.score()))
			.toList();
		Analysis.Summary summary = new Analysis.Summary(audit.observations().size(), (int) audit.findings().count(),
				(int) audit.responses().count(), outcome.overall().map(o -> o.score()).orElse(null),
				survey(outcome, SurveyMeasure.NPS), survey(outcome, SurveyMeasure.CSAT),
				survey(outcome, SurveyMeasure.CES), null, null);
		return new Analysis(null, audit.client(), audit.wave(), language.code(), audit.sector().name(), null,
				rulesVersion, summary, dimensions, criteria, strengths, weaknesses, recommendations(outcome, language),
				alerts(outcome, language), List.of(), List.of());
	}

	private static Analysis.CriterionResult criterionResult(CriterionPattern classified) {
		CriterionFigures f = classified.figures();
		return new Analysis.CriterionResult(f.code(), f.score(), f.observations(), f.failures(), f.failureRate(),
				f.locations(), classified.pattern());
	}

	private static Double survey(RuleOutcome outcome, SurveyMeasure measure) {
		SurveyScore score = outcome.surveys().get(measure);
		return score == null ? null : score.value();
	}

	/** Ranked by priority, then criterion code, then kind; one per criterion and kind (the higher priority wins). */
	private List<Analysis.Recommendation> recommendations(RuleOutcome outcome, Language language) {
		Comparator<PrioritisedProposal> ranking = Comparator.comparingDouble((PrioritisedProposal p) -> -p.priority())
			.thenComparing(p -> p.proposal().code())
			.thenComparing(p -> p.proposal().kind())
			.thenComparing(p -> p.proposal().rule());
		Map<String, PrioritisedProposal> unique = new LinkedHashMap<>();
		outcome.proposals().stream().sorted(ranking).forEach(p -> unique.putIfAbsent(id(p.proposal()), p));
		List<Analysis.Recommendation> recommendations = new ArrayList<>();
		for (PrioritisedProposal prioritised : unique.values()) {
			recommendations.add(recommendation(prioritised, recommendations.size() + 1, language));
		}
		return recommendations;
	}

	static String id(Proposal proposal) {
		return proposal.code().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
				+ proposal.kind().name().toLowerCase(Locale.ROOT);
	}

	private Analysis.Recommendation recommendation(PrioritisedProposal prioritised, int rank, Language language) {
		Proposal p = prioritised.proposal();
		Weakness w = p.weakness();
		Optional<Article> article = knowledge.find(p.article());
		Optional<ArticleText> text = article.map(a -> a.text(language));
		String criterionName = catalogue.find(p.code()).map(c -> c.name(language)).orElse(p.code());
		String title = text.map(ArticleText::title).orElse(criterionName);
		String summary = text.map(t -> switch (p.kind()) {
			case COACHING -> t.coaching();
			case TRAINING -> t.training();
			case PROCESS -> t.process();
		}).orElse(null);
		String kpiName = text.map(ArticleText::kpi).filter(k -> k != null && !k.isBlank()).orElse(criterionName);
		List<Analysis.TrainingAction> training = p.exercises() && p.kind() != RecommendationKind.COACHING
				? trainingActions(article, p.code(), language) : List.of();
		return new Analysis.Recommendation(id(p), rank, prioritised.priority(), p.kind(), title, summary,
				List.of(p.code()), w.dimension(), w.pattern(), p.horizon(), p.ownerRole(), null, List.of(),
				new Analysis.Kpi(kpiName, p.code(), p.kpiTarget()), article.map(Article::id).orElse(null), training,
				new Analysis.Rationale(p.rule(), w.failingFindings(), null));
	}

	/**
	 * The recommendation article's exercises that address the criterion; when it offers none, every exercise of the
	 * knowledge base that does.
	 */
	private List<Analysis.TrainingAction> trainingActions(Optional<Article> article, String criterion,
			Language language) {
		List<Article> exercises = article.map(Article::exercises)
			.orElse(List.of())
			.stream()
			.map(knowledge::find)
			.flatMap(Optional::stream)
			.filter(e -> e.type() == ArticleType.EXERCISE && e.addresses(criterion))
			.toList();
		if (exercises.isEmpty()) {
			exercises = knowledge.addressing(criterion, ArticleType.EXERCISE);
		}
		return exercises.stream()
			.map(e -> new Analysis.TrainingAction(e.id(), e.text(language).title(),
					e.format() == null ? null : e.format().name(), e.durationMinutes() == null ? 0 : e.durationMinutes()))
			.toList();
	}

	/** HIGH first, then by observation and criterion. */
	private List<Analysis.Alert> alerts(RuleOutcome outcome, Language language) {
		return outcome.alerts()
			.stream()
			.sorted(Comparator.comparing(RecoveryAlert::severity)
				.thenComparing(RecoveryAlert::observationId)
				.thenComparingInt(RecoveryAlert::response)
				.thenComparing(a -> a.criterion() == null ? "" : a.criterion()))
			.map(a -> new Analysis.Alert(a.severity(), a.observationId(), a.criterion(), reason(a, language), null, null))
			.toList();
	}

	private String reason(RecoveryAlert alert, Language language) {
		Object[] arguments = alert.reasonArguments().stream().map(this::quote).toArray();
		if (alert.criterion() != null && arguments.length > 0) {
			arguments[0] = catalogue.find(alert.criterion()).map(c -> c.name(language)).orElse(alert.criterion());
		}
		return messages.getMessage(alert.reasonKey(), arguments, alert.reasonKey(), language.locale());
	}

	private Object quote(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() > MAX_QUOTE ? oneLine.substring(0, MAX_QUOTE) + "…" : oneLine;
	}

	private Map<String, Integer> catalogueOrder() {
		Map<String, Integer> order = new HashMap<>();
		for (Criterion criterion : catalogue.all()) {
			order.putIfAbsent(criterion.code(), order.size());
		}
		return order;
	}

}
