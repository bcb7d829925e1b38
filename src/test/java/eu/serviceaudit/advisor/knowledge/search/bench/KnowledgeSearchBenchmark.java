package eu.serviceaudit.advisor.knowledge.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.search.KnowledgeIndex;
import eu.serviceaudit.advisor.knowledge.search.KnowledgeSearcher;
import eu.serviceaudit.advisor.knowledge.search.LanguageAnalyzers;
import eu.serviceaudit.advisor.knowledge.search.SearchRequest;
import eu.serviceaudit.advisor.knowledge.search.SearchResult;

/**
 * In-process search latency over the synthetic knowledge base (10,000 articles × 5 languages = 50,000 documents)
 * through the shared SearcherManager of {@link KnowledgeIndex}. Every search collects the total and the facet counts;
 * only the "highlighted" benchmark makes snippets. Run as described in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = { "-Xms4g", "-Xmx4g" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 2, time = 10)
public class KnowledgeSearchBenchmark {

	private static final Language[] LANGUAGES = Language.values();

	private static final String[][] ONE_WORD = { { "complaint", "greeting", "queue", "phone", "feedback" },
			{ "kaebus", "tervitus", "järjekord", "telefon", "tagasiside" },
			{ "sūdzība", "sveiciens", "rinda", "telefons", "atsauksmes" },
			{ "жалоба", "приветствие", "очередь", "телефон", "отзывы" },
			{ "скарга", "привітання", "черга", "телефон", "відгуки" } };

	private static final String[][] MULTI_WORD = {
			{ "how to handle an angry customer complaint", "greeting customers within 30 seconds",
					"asking open questions about needs" },
			{ "kaebuste käsitlemine rollimängus", "klientide tervitamine", "avatud küsimuste harjutus" },
			{ "sūdzību izskatīšana lomu spēlē", "klientu sveicināšana", "zināšanas par produktiem" },
			{ "работа с жалобами клиентов", "приветствие покупателей", "очереди и долгое ожидание" },
			{ "обробка скарг клієнтів", "привітання клієнтів", "черги та довге очікування" } };

	private static final String[][] TYPO = { { "complant handlng", "farewel", "greting" },
			{ "tagasisde küsimine", "kaebsu", "tervitamnise" }, { "telefna zvani", "sūdzbas", "sveicinšanas" },
			{ "телефоные звонки", "жалобб", "приветсвие" }, { "телефоні дзвінки", "скаррга", "привітанння" } };

	/** Built once per JVM and shared by the benchmarks (run with -f 0 to build it once for all of them). */
	private static KnowledgeIndex index;

	private static KnowledgeSearcher searcher;

	private int next;

	@Setup(Level.Trial)
	public void buildIndex() throws Exception {
		synchronized (KnowledgeSearchBenchmark.class) {
			if (index == null) {
				build();
			}
		}
	}

	private static void build() throws Exception {
		Path folder = Path.of(System.getProperty("kb", "/tmp/search-kb-10k"));
		if (!Files.isDirectory(folder)) {
			SyntheticKnowledgeBase.write(Path.of("knowledge-base"), folder, 10_000);
		}
		long loadStart = System.nanoTime();
		KnowledgeBase kb = SyntheticKnowledgeBase.load(folder);
		long buildStart = System.nanoTime();
		index = new KnowledgeIndex(new LanguageAnalyzers());
		index.rebuild(kb.all(), kb.version());
		long end = System.nanoTime();
		searcher = new KnowledgeSearcher(index);
		System.out.printf("%nknowledge base: %d articles loaded and validated in %d ms; index of %d documents built in %d ms%n",
				kb.all().size(), (buildStart - loadStart) / 1_000_000, index.documents(), (end - buildStart) / 1_000_000);
	}

	private SearchRequest request(String[][] queries, boolean highlight) {
		int i = next++ & Integer.MAX_VALUE;
		int language = i % LANGUAGES.length;
		String[] texts = queries[language];
		return SearchRequest.text(texts[(i / LANGUAGES.length) % texts.length], LANGUAGES[language])
			.withHighlight(highlight);
	}

	@Benchmark
	public SearchResult oneWord() {
		return searcher.search(request(ONE_WORD, false));
	}

	@Benchmark
	public SearchResult multiWord() {
		return searcher.search(request(MULTI_WORD, false));
	}

	@Benchmark
	public SearchResult fuzzy() {
		return searcher.search(request(TYPO, false));
	}

	@Benchmark
	public SearchResult faceted() {
		SearchRequest text = request(ONE_WORD, false);
		return searcher.search(new SearchRequest(text.text(), text.languages(), Set.of(ArticleType.EXERCISE),
				Set.of(), Set.of(), Set.of(), Set.of(), 45, 10, 0, false));
	}

	@Benchmark
	public SearchResult highlightedMultiWord() {
		return searcher.search(request(MULTI_WORD, true));
	}

	@Benchmark
	public SearchResult allLanguagesHighlighted() {
		SearchRequest text = request(MULTI_WORD, true);
		return searcher.search(SearchRequest.text(text.text()));
	}

}
