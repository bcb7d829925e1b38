package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleText;
import eu.serviceaudit.advisor.knowledge.search.KnowledgeIndex.FacetedSearcher;
import eu.serviceaudit.advisor.knowledge.search.SearchResult.SearchHit;

/** Searches the {@link KnowledgeIndex}: text and filters in, a page of hits with snippets and facet counts out. */
public final class KnowledgeSearcher {

	private final KnowledgeIndex index;

	private final TextQueryBuilder queries;

	public KnowledgeSearcher(KnowledgeIndex index) {
		this.index = index;
		this.queries = new TextQueryBuilder(index.analyzers());
	}

	public SearchResult search(SearchRequest request) {
		Collection<Language> languages = request.languages().isEmpty() ? Arrays.asList(Language.values())
				: request.languages();
		return index.withSearcher(searcher -> {
			try {
				return search(searcher, request, text(searcher, request.text(), languages, true));
			}
			catch (IndexSearcher.TooManyClauses ex) {
				// a long query whose typo expansions went over Lucene's clause limit: search without them
				return search(searcher, request, text(searcher, request.text(), languages, false));
			}
		});
	}

	/**
	 * The text query, built and rewritten once per searcher and text: fuzzy and prefix matches become concrete terms
	 * for scoring and highlighting. Null when the text has no searchable word.
	 */
	private TextQuery text(FacetedSearcher searcher, String text, Collection<Language> languages, boolean fuzzy)
			throws IOException {
		return searcher.textQueries().get(new TextQuery.Key(text, languages, fuzzy), key -> {
			Map<Language, Query> built = queries.build(text, languages, fuzzy, searcher);
			if (built == null) {
				return TextQuery.NONE;
			}
			Map<Language, Query> rewritten = new EnumMap<>(Language.class);
			for (Map.Entry<Language, Query> language : built.entrySet()) {
				rewritten.put(language.getKey(), searcher.rewrite(language.getValue()));
			}
			return TextQuery.of(rewritten);
		});
	}

	private SearchResult search(FacetedSearcher searcher, SearchRequest request, TextQuery text) throws IOException {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		builder.add(text.query() != null ? text.query() : new MatchAllDocsQuery(), Occur.MUST);
		FilterQueries.add(builder, request);
		Query query = builder.build();
		int wanted = request.offset() + request.limit();
		// two passes, each cheap: the best hits, scored with block-max skipping; then every match, unscored, for the
		// total and the facet counts
		ScoreDoc[] page = new ScoreDoc[0];
		if (request.limit() > 0) {
			TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, wanted));
			page = request.offset() >= top.scoreDocs.length ? page
					: Arrays.copyOfRange(top.scoreDocs, request.offset(), Math.min(top.scoreDocs.length, wanted));
		}
		FacetsCollector all = searcher.search(query, new FacetsCollectorManager(false));
		long total = all.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
		List<SearchHit> hits = hits(searcher, page, text, request.highlight());
		return new SearchResult(total, hits, facets(searcher, all));
	}

	/**
	 * The hits of the page; each language's hits get snippets from that language's part of the query (the others'
	 * terms are not in its fields), or the snippets the text query already made for them.
	 */
	private List<SearchHit> hits(FacetedSearcher searcher, ScoreDoc[] page, TextQuery query, boolean highlight)
			throws IOException {
		String[] keys = keys(searcher, page);
		String[] snippets = new String[page.length];
		if (highlight && !query.byLanguage().isEmpty()) {
			Map<Language, List<Integer>> byLanguage = new EnumMap<>(Language.class);
			for (int i = 0; i < page.length; i++) {
				Optional<String> known = query.snippet(page[i].doc);
				if (known != null) {
					snippets[i] = known.orElse(null);
				}
				else if (query.byLanguage().containsKey(language(keys[i]))) {
					byLanguage.computeIfAbsent(language(keys[i]), l -> new ArrayList<>()).add(i);
				}
			}
			for (Map.Entry<Language, List<Integer>> group : byLanguage.entrySet()) {
				List<Integer> members = group.getValue();
				int[] docIds = new int[members.size()];
				String[] bodies = new String[members.size()];
				String[] summaries = new String[members.size()];
				for (int j = 0; j < docIds.length; j++) {
					int i = members.get(j);
					docIds[j] = page[i].doc;
					bodies[j] = searcher.plainBody(keys[i]);
					summaries[j] = searcher.article(id(keys[i])).texts().get(group.getKey()).summary();
				}
				String[] found = Snippets.highlight(searcher, index.analyzers(), query.byLanguage().get(group.getKey()),
						group.getKey(), docIds, bodies, summaries);
				for (int j = 0; j < found.length; j++) {
					snippets[members.get(j)] = found[j];
					query.rememberSnippet(docIds[j], found[j]);
				}
			}
		}
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Language language = language(keys[i]);
			Article article = searcher.article(id(keys[i]));
			ArticleText text = article.text(language);
			String snippet = snippets[i] != null ? snippets[i] : Snippets.escaped(text.summary());
			hits.add(new SearchHit(article.id(), article.type().name(), language.code(), text.title(), snippet,
					article.criteria(), article.dimension(), article.stage(),
					article.format() == null ? null : article.format().name(), article.durationMinutes(),
					page[i].score));
		}
		return hits;
	}

	/** The {@code id/lang} of each hit, from the searcher's keys (read once per reader from doc values). */
	private static String[] keys(FacetedSearcher searcher, ScoreDoc[] page) {
		String[] keys = new String[page.length];
		for (int i = 0; i < page.length; i++) {
			keys[i] = searcher.key(page[i].doc);
		}
		return keys;
	}

	private static String id(String key) {
		return key.substring(0, key.lastIndexOf('/'));
	}

	private static Language language(String key) {
		return Language.orDefault(key.substring(key.lastIndexOf('/') + 1));
	}

	private static Map<String, Map<String, Integer>> facets(FacetedSearcher searcher, FacetsCollector collector)
			throws IOException {
		Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
		SortedSetDocValuesFacetCounts counts = searcher.facets() == null ? null
				: new SortedSetDocValuesFacetCounts(searcher.facets(), collector);
		Set<String> indexed = new java.util.HashSet<>();
		if (searcher.facets() != null) {
			searcher.facets().getDims().forEach(indexed::add);
		}
		for (String dimension : SearchFields.FACETS) {
			Map<String, Integer> values = new LinkedHashMap<>();
			if (counts != null && indexed.contains(dimension)) {
				FacetResult result = counts.getAllChildren(dimension);
				if (result != null) {
					Arrays.stream(result.labelValues)
						.sorted(java.util.Comparator.comparingInt((LabelAndValue v) -> -v.value.intValue())
							.thenComparing(v -> v.label))
						.forEach(value -> values.put(value.label, value.value.intValue()));
				}
			}
			facets.put(dimension, values);
		}
		return facets;
	}

}
