package eu.serviceaudit.advisor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleText;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.rules.fact.AlertFollowUp;
import eu.serviceaudit.advisor.rules.fact.CriterionFigures;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;
import eu.serviceaudit.advisor.rules.fact.OwnerRole;
import eu.serviceaudit.advisor.rules.fact.PrioritisedProposal;
import eu.serviceaudit.advisor.rules.fact.Proposal;
import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;
import eu.serviceaudit.advisor.rules.fact.SurveyMeasure;
import eu.serviceaudit.advisor.rules.fact.SurveyScore;
import eu.serviceaudit.advisor.rules.fact.Weakness;
import eu.serviceaudit.advisor.system.Language;

/**
 * Words a rule outcome as the answer of CONTRACT.md sections 5 and 10 in the audit's language: titles, summaries,
 * KPI names and training actions from the knowledge base; owner role names, rationales, diagnoses, cautions and
 * alert reasons from the {@code diagnosis} message bundle. Orders and ranks; decides nothing the rules decide.
 */
public final class AnalysisAssembler {

	private final CriteriaCatalogue catalogue;

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	public AnalysisAssembler(CriteriaCatalogue catalogue, KnowledgeBase knowledge, MessageSource messages) {
		this.catalogue = catalogue;
		this.knowledge = knowledge;
		this.messages = messages;
	}

	public Analysis assemble(Audit audit, RuleOutcome outcome, String rulesVersion) {
		return assemble(audit, outcome, rulesVersion, null);
	}

	/** The alerts as the analysis lists them, worded in the audit's language: HIGH first, then by observation. */
	public List<Analysis.Alert> alerts(Audit audit, RuleEngine.RaisedAlerts raised) {
		return alerts(raised.alerts(), raised.followUps(), new Wording(messages, audit.language(), catalogue, audit));
	}

	/** With the alerts {@link #alerts(Audit, RuleEngine.RaisedAlerts)} made when they were raised, when not null. */
	public Analysis assemble(Audit audit, RuleOutcome outcome, String rulesVersion, List<Analysis.Alert> alerts) {
		Language language = audit.language();
		Wording words = new Wording(messages, language, catalogue, audit);
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
				.thenComparing(w -> !w.loud())
				.thenComparingDouble(w -> -w.failureRateOrZero())
				.thenComparingDouble(Weakness::scoreOrZero)
				.thenComparing(Weakness::code, byCatalogue))
			.map(w -> new Analysis.Weakness(w.code(), w.pattern(), w.score(), w.failureRate(), w.comments(),
					w.voice()))
			.toList();
		Map<String, Integer> dimensionOrder = new LinkedHashMap<>();
		catalogue.all().forEach(c -> dimensionOrder.putIfAbsent(c.dimension(), dimensionOrder.size()));
		List<Analysis.DimensionScore> dimensions = outcome.dimensions()
			.stream()
			.sorted(Comparator.comparing(d -> dimensionOrder.getOrDefault(d.dimension(), Integer.MAX_VALUE)))
			.map(d -> new Analysis.DimensionScore(d.dimension(), d.score()))
			.toList();
		SurveyScore nps = outcome.surveys().get(SurveyMeasure.NPS);
		Analysis.Summary summary = new Analysis.Summary(audit.observations().size(), (int) audit.findings().count(),
				(int) audit.responses().count(), outcome.overall().map(o -> o.score()).orElse(null),
				survey(outcome, SurveyMeasure.NPS), survey(outcome, SurveyMeasure.CSAT),
				survey(outcome, SurveyMeasure.CES), nps == null ? 0 : nps.responses(),
				nps == null ? null : nps.margin());
		Diagnoses diagnoses = new Diagnoses(outcome.diagnoses(), words);
		return new Analysis(null, audit.client(), audit.wave(), language.code(), audit.sector().name(), null,
				rulesVersion, summary, dimensions, criteria, strengths, weaknesses,
				recommendations(outcome, words, diagnoses),
				alerts != null ? alerts : alerts(outcome.alerts(), outcome.followUps(), words), diagnoses.worded(),
				new Cautions(words).worded(outcome.cautions()));
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

	/**
	 * Ranked by priority, then criterion code, kind and location; one per criterion, kind and location (the higher
	 * priority wins). No two share a title: the last guard numbers any repeat the wording could not tell apart.
	 */
	private List<Analysis.Recommendation> recommendations(RuleOutcome outcome, Wording words, Diagnoses diagnoses) {
		Comparator<PrioritisedProposal> ranking = Comparator.comparingDouble((PrioritisedProposal p) -> -p.priority())
			.thenComparing(p -> p.proposal().code())
			.thenComparing(p -> p.proposal().kind())
			.thenComparing(p -> p.proposal().location() == null ? "" : p.proposal().location())
			.thenComparing(p -> p.proposal().rule());
		Map<String, PrioritisedProposal> unique = new LinkedHashMap<>();
		outcome.proposals().stream().sorted(ranking).forEach(p -> unique.putIfAbsent(id(p.proposal()), p));
		Map<Proposal, String> roles = new HashMap<>();
		for (OwnerRole role : outcome.ownerRoles()) {
			roles.put(role.proposal(), role.role());
		}
		List<Analysis.Recommendation> recommendations = new ArrayList<>();
		Set<String> titles = new HashSet<>();
		for (PrioritisedProposal prioritised : unique.values()) {
			Proposal p = prioritised.proposal();
			String role = roles.getOrDefault(p, p.ownerRole());
			recommendations.add(recommendation(prioritised, recommendations.size() + 1, role, words, diagnoses,
					titles));
		}
		return recommendations;
	}

	/** {@code greeting-training}, or {@code greeting-training-tln-1} for one location. */
	static String id(Proposal proposal) {
		String id = proposal.code().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
				+ proposal.kind().name().toLowerCase(Locale.ROOT);
		return proposal.location() == null ? id
				: id + "-" + proposal.location().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
	}

	private Analysis.Recommendation recommendation(PrioritisedProposal prioritised, int rank, String role,
			Wording words, Diagnoses diagnoses, Set<String> titles) {
		Proposal p = prioritised.proposal();
		Weakness w = p.weakness();
		Language language = words.language();
		Optional<Article> article = knowledge.find(p.article());
		Optional<ArticleText> text = article.map(a -> a.text(language));
		String criterionName = words.criterion(p.code());
		String articleTitle = text.map(ArticleText::title).orElse(criterionName);
		String summary = text.map(t -> switch (p.kind()) {
			case COACHING -> t.coaching();
			case TRAINING -> t.training();
			case PROCESS -> t.process();
		}).orElse(null);
		String kpiName = text.map(ArticleText::kpi).filter(k -> k != null && !k.isBlank()).orElse(criterionName);
		List<Analysis.TrainingAction> training = p.exercises() && p.kind() != RecommendationKind.COACHING
				? trainingActions(article, p.code(), language) : List.of();
		boolean leadership = diagnoses.leadership(p) != null;
		String kindTitle = text.map(t -> t.titleFor(p.kind())).orElse(null);
		String title = unique(words.title(articleTitle, kindTitle, p, leadership), titles);
		List<String> locations = p.location() == null ? List.of() : List.of(p.location());
		List<String> findings = p.location() == null ? w.failingFindings()
				: words.failingAt(p.location(), leadership ? null : p.code());
		return new Analysis.Recommendation(id(p), rank, prioritised.priority(), p.kind(), title, summary,
				List.of(p.code()), w.dimension(), w.pattern(), p.horizon(), role, words.role(role), locations,
				new Analysis.Kpi(kpiName, p.code(), p.kpiTarget()), article.map(Article::id).orElse(null), training,
				new Analysis.Rationale(p.rule(), findings, diagnoses.rationale(p)));
	}

	/** The title, or the title numbered when an earlier recommendation already has it. */
	private static String unique(String title, Set<String> titles) {
		String candidate = title;
		for (int n = 2; !titles.add(candidate); n++) {
			candidate = title + " (" + n + ")";
		}
		return candidate;
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

	/** HIGH first, then by observation and criterion; kind, due date and reason from the alert's follow-up. */
	private static List<Analysis.Alert> alerts(List<RecoveryAlert> raised, List<AlertFollowUp> followUpsOfThem,
			Wording words) {
		Map<RecoveryAlert, AlertFollowUp> followUps = new HashMap<>();
		followUpsOfThem.forEach(f -> followUps.put(f.alert(), f));
		return raised
			.stream()
			.sorted(Comparator.comparing(RecoveryAlert::severity)
				.thenComparing(RecoveryAlert::observationId)
				.thenComparingInt(RecoveryAlert::response)
				.thenComparing(a -> a.criterion() == null ? "" : a.criterion()))
			.map(a -> {
				AlertFollowUp followUp = followUps.get(a);
				return new Analysis.Alert(a.severity(), a.observationId(), a.criterion(),
						words.alertReason(a, followUp), followUp == null ? null : followUp.kind(),
						followUp == null ? null : followUp.due());
			})
			.toList();
	}

	private Map<String, Integer> catalogueOrder() {
		Map<String, Integer> order = new HashMap<>();
		for (Criterion criterion : catalogue.all()) {
			order.putIfAbsent(criterion.code(), order.size());
		}
		return order;
	}

}
