package eu.serviceaudit.advisor.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.audit.Method;
import eu.serviceaudit.advisor.audit.Observation;
import eu.serviceaudit.advisor.audit.SurveyResponse;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.rules.fact.CriterionFigures;
import eu.serviceaudit.advisor.rules.fact.CriterionPattern;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The analysis of a synthetic wave (50 locations x 8 visits x 30 criteria = 12,000 findings, plus 2,000 survey
 * responses; {@code scale} multiplies the locations) through the compiled rule base, beside a plain-Java one-pass
 * baseline computing the same per-criterion figures. With {@code comments}, 20 % of the findings and of the answers
 * carry an Estonian comment of realistic length (audit language Estonian), which the engine reads with a comment
 * matcher as the service does. The rule base is compiled once in the setup, as in the app: nothing is compiled on the
 * measured path. Run: see docs/performance.md, "Analysis engine".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g", "-XX:+UseParallelGC" })
public class AnalysisBenchmark {

	static final int LOCATIONS = 50;

	static final int VISITS = 8;

	static final int CRITERIA = 30;

	static final int RESPONSES = 2_000;

	@Param({ "1", "4" })
	public int scale;

	@Param({ "false", "true" })
	public boolean comments;

	CommentMatcher matcher;

	RuleBase ruleBase;

	CriteriaCatalogue catalogue;

	AnalysisAssembler assembler;

	Audit audit;

	List<Finding> findings;

	List<SurveyResponse> responses;

	@Setup(Level.Trial)
	public void setUp() {
		catalogue = CriteriaCatalogue.load(ContentFolder.fromDirectory(Path.of("knowledge-base")));
		KnowledgeBase knowledge = new KnowledgeBaseLoader(catalogue)
			.load(ContentFolder.fromDirectory(Path.of("knowledge-base")));
		ResourceBundleMessageSource messages = eu.serviceaudit.advisor.system.MessageBundles.standalone();
		assembler = new AnalysisAssembler(catalogue, knowledge, messages);
		ruleBase = new RuleBaseLoader().load(ContentFolder.fromDirectory(Path.of("rules")));
		audit = wave(catalogue, scale, comments);
		matcher = comments ? new EstonianStemComments() : RuleEngine.NO_COMMENTS;
		findings = audit.findings().toList();
		responses = audit.responses().toList();
		Map<String, CriterionFigures> drools = new TreeMap<>();
		for (CriterionPattern classified : droolsEngine().criteria()) {
			drools.put(classified.code(), classified.figures());
		}
		Map<String, CriterionFigures> plain = baseline();
		if (!drools.equals(plain)) {
			throw new IllegalStateException("The Drools and the plain-Java figures differ:\n" + drools + "\n" + plain);
		}
	}

	/** The engine alone: one session, insert, fire, read the comments, fire again, read the queries. */
	@Benchmark
	public RuleOutcome droolsEngine() {
		return RuleEngine.evaluate(ruleBase.kieBase(), catalogue.all(), Thresholds.DEFAULTS, audit, matcher, null);
	}

	/** What POST /api/analyses computes before storing: the engine plus wording the answer from the knowledge base. */
	@Benchmark
	public Analysis droolsAnalysis() {
		return assembler.assemble(audit, droolsEngine(), ruleBase.version());
	}

	/** The same per-criterion figures by hand in one pass over the findings. */
	@Benchmark
	public Map<String, CriterionFigures> baseline() {
		Map<String, Criterion> criteria = new HashMap<>();
		catalogue.all().forEach(c -> criteria.put(c.code(), c));
		Map<String, Accumulator> byCriterion = new HashMap<>();
		double failLine = Thresholds.DEFAULTS.failLine();
		for (Finding finding : findings) {
			Accumulator a = byCriterion.computeIfAbsent(finding.criterion(), k -> new Accumulator());
			double score = finding.normalisedScore();
			a.n++;
			a.sum += score;
			if (score < failLine) {
				a.failing.add(finding.reference());
				a.locations.add(finding.locationId());
			}
		}
		Map<String, CriterionFigures> figures = new TreeMap<>();
		byCriterion.forEach((code, a) -> {
			Criterion c = criteria.get(code);
			figures.put(code, new CriterionFigures(code, c.dimension(), c.scope(), c.critical(), a.n, a.sum / a.n,
					a.failing.size(), (double) a.failing.size() / a.n,
					(int) a.locations.stream().filter(Objects::nonNull).count(), a.failing.stream().sorted().toList()));
		});
		return figures;
	}

	static final class Accumulator {

		int n;

		double sum;

		final List<String> failing = new ArrayList<>();

		final Set<String> locations = new HashSet<>();

	}

	/** Estonian comments of 60 to 200 characters, as customers and auditors write them. */
	static final List<String> COMMENTS = List.of(
			"Ootasin kassas üle kümne minuti, järjekord ei liikunud ja teine kassa oli kogu aeg kinni.",
			"Keegi ei tervitanud mind, kui poodi sisenesin; teenindaja vaatas telefoni ega tõstnud pilku.",
			"Müüja ei teadnud toote koostisest midagi ja soovitas küsida kelleltki teiselt, keda polnud kohal.",
			"Teenindaja oli ebaviisakas ja rääkis minuga kõrgendatud toonil, kui küsisin tagastamise kohta.",
			"Helistasin kolm korda, keegi ei vastanud ja lubatud tagasihelistamist ei tulnud kunagi.",
			"Riiulid olid tühjad, otsitud toodet polnud ning keegi ei pakkunud asendust ega uurinud laost.",
			"Lahkudes keegi ei tänanud ega öelnud head aega, tundsin end pigem segajana kui oodatud kliendina.",
			"Kaebuse peale öeldi, et see pole meie probleem, vabandust ei palutud ja lahendust ei pakutud.");

	/** A reproducible wave: every visit scores every criterion; some criteria fail often, some rarely. */
	static Audit wave(CriteriaCatalogue catalogue, int scale) {
		return wave(catalogue, scale, false);
	}

	/** As above; {@code comments}: every fifth finding and answer carries an Estonian comment, in Estonian. */
	static Audit wave(CriteriaCatalogue catalogue, int scale, boolean comments) {
		Random random = new Random(42);
		List<Criterion> criteria = catalogue.all().stream().limit(CRITERIA).toList();
		List<Audit.Location> locations = new ArrayList<>();
		List<Observation> observations = new ArrayList<>();
		for (int l = 0; l < LOCATIONS * scale; l++) {
			String location = "LOC-" + l;
			locations.add(new Audit.Location(location, "Location " + l));
			for (int v = 0; v < VISITS; v++) {
				String id = location + "-V" + v;
				List<Finding> findings = new ArrayList<>();
				for (int c = 0; c < criteria.size(); c++) {
					double failChance = (c % 5) * 0.15; // 0%, 15%, 30%, 45%, 60% of visits fail
					double score = random.nextDouble() < failChance ? random.nextInt(2) : 2 + random.nextInt(3);
					String comment = comments && (v * criteria.size() + c) % 5 == 0
							? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
					findings.add(new Finding(id, location, Method.MYSTERY_SHOP, criteria.get(c).code(), score, 0, 4,
							comment));
				}
				observations.add(new Observation(id, Method.MYSTERY_SHOP, location, null, LocalDate.of(2026, 10, 1),
						findings, List.of()));
			}
		}
		for (int s = 0; s < scale; s++) {
			String id = "CS-" + s;
			List<SurveyResponse> responses = new ArrayList<>();
			for (int r = 0; r < RESPONSES; r++) {
				int recommend = random.nextInt(11);
				String comment = comments ? (r % 5 == 0 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null)
						: recommend <= 4 && r % 10 == 0 ? "Waited too long" : null;
				responses.add(new SurveyResponse(id, "LOC-" + s, r, recommend, 1 + random.nextInt(5),
						1 + random.nextInt(7), comment));
			}
			observations.add(new Observation(id, Method.CUSTOMER_SURVEY, "LOC-" + s, null, LocalDate.of(2026, 10, 5),
					List.of(), responses));
		}
		return new Audit("Benchmark client", "2026-Q4", comments ? Language.ET : Language.EN, locations,
				observations);
	}

	/** Runs this benchmark from the test classpath: {@code java -cp ... AnalysisBenchmark [JMH options]}. */
	public static void main(String[] args) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(AnalysisBenchmark.class.getSimpleName()));
		arguments.addAll(List.of(args));
		org.openjdk.jmh.Main.main(arguments.toArray(String[]::new));
	}

}
