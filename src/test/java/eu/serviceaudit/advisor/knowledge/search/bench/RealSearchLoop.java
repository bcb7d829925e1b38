package eu.serviceaudit.advisor.knowledge.search.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.knowledge.search.KnowledgeIndex;
import eu.serviceaudit.advisor.knowledge.search.KnowledgeSearcher;
import eu.serviceaudit.advisor.knowledge.search.LanguageAnalyzers;
import eu.serviceaudit.advisor.knowledge.search.SearchRequest;
import eu.serviceaudit.advisor.knowledge.search.SearchResult;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Server CPU time per search over the real knowledge base, in-process (thread CPU time, so a loaded machine inflates it
 * less than wall time): {@code greeting the guest} in all five languages repeated, or with {@code -Dmixed=1} the
 * relevance set's queries and their truncated forms in turn (more than the query cache holds, so every search builds
 * its query). Optional second argument: a file to write the results of those queries to, to compare two versions.
 * Usage (docs/performance.md): {@code java [-Dmixed=1] -cp … RealSearchLoop <seconds per round> [results file]}.
 */
public class RealSearchLoop {

	public static void main(String[] args) throws Exception {
		ContentFolder folder = ContentFolder.fromDirectory(Path.of("knowledge-base"));
		KnowledgeBase kb = new KnowledgeBaseLoader(CriteriaCatalogue.load(folder)).load(folder);
		KnowledgeIndex index = new KnowledgeIndex(new LanguageAnalyzers());
		index.rebuild(kb.all(), kb.version());
		KnowledgeSearcher searcher = new KnowledgeSearcher(index);
		if (args.length > 1) {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
				for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/queries.tsv"))) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					String q = line.split("\t")[1];
					for (String text : List.of(q, q + " ", q.substring(0, Math.max(1, q.length() - 2)))) {
						SearchResult r = searcher.search(SearchRequest.text(text));
						out.println("Q " + text + " total=" + r.total() + " facets=" + r.facets());
						r.hits().forEach(h -> out.println("  " + h));
					}
				}
				SearchResult r = searcher.search(SearchRequest.text("greeting the guest"));
				out.println("Q greeting the guest total=" + r.total() + " facets=" + r.facets());
				r.hits().forEach(h -> out.println("  " + h));
			}
		}
		long seconds = Long.parseLong(args.length > 0 ? args[0] : "10");
		List<SearchRequest> requests = new java.util.ArrayList<>();
		if (System.getProperty("mixed") != null) {
			for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/queries.tsv"))) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String q = line.split("\t")[1];
					requests.add(SearchRequest.text(q));
					requests.add(SearchRequest.text(q.substring(0, Math.max(1, q.length() - 2))));
				}
			}
		}
		else {
			requests.add(SearchRequest.text("greeting the guest"));
		}
		System.out.println(requests.size() + " distinct searches");
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int round = 0; round < 4; round++) {
			long n = 0;
			long cpuStart = threads.getCurrentThreadCpuTime();
			long end = cpuStart + seconds * 1_000_000_000L;
			while (threads.getCurrentThreadCpuTime() < end) {
				for (int k = 0; k < 20; k++) {
					searcher.search(requests.get((int) (n % requests.size())));
					n++;
				}
			}
			System.out.printf("round %d: %.0f us CPU per search%n", round,
					(threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / n);
		}
		index.close();
	}

}
