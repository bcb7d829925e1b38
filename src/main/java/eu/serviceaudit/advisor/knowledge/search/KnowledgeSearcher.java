package eu.serviceaudit.advisor.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import eu.serviceaudit.advisor.audit.Language;
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
				return search(searcher, request, queries.build(request.text(), languages, true));
			}
			catch (IndexSearcher.TooManyClauses ex) {
				// a long query whose typo expansions went over Lucene's clause limit: search without them
				return search(searcher, request, queries.build(request.text(), languages, false));
			}
		});
	}

	private SearchResult search(FacetedSearcher searcher, SearchRequest request, Query text) throws IOException {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		builder.add(text != null ? text : new MatchAllDocsQuery(), Occur.MUST);
		FilterQueries.add(builder, request);
		Query query = builder.build();
		int wanted = request.offset() + request.limit();
		Object[] collected = searcher.search(query, new MultiCollectorManager(
				new TopScoreDocCollectorManager(Math.max(1, wanted), Integer.MAX_VALUE), new FacetsCollectorManager()));
		TopDocs top = (TopDocs) collected[0];
		ScoreDoc[] page = request.offset() >= top.scoreDocs.length ? new ScoreDoc[0]
				: Arrays.copyOfRange(top.scoreDocs, request.offset(), Math.min(top.scoreDocs.length, wanted));
		List<SearchHit> hits = hits(searcher, page, text != null && request.highlight() ? text : null);
		return new SearchResult(top.totalHits.value, hits, facets(searcher, (FacetsCollector) collected[1]));
	}

	private List<SearchHit> hits(FacetedSearcher searcher, ScoreDoc[] page, Query highlightQuery) throws IOException {
		List<Document> documents = new ArrayList<>(page.length);
		for (ScoreDoc hit : page) {
			documents.add(searcher.storedFields().document(hit.doc));
		}
		String[] snippets = new String[page.length];
		if (highlightQuery != null) {
			Map<Language, List<Integer>> byLanguage = new EnumMap<>(Language.class);
			for (int i = 0; i < page.length; i++) {
				byLanguage.computeIfAbsent(language(documents.get(i)), l -> new ArrayList<>()).add(i);
			}
			for (Map.Entry<Language, List<Integer>> group : byLanguage.entrySet()) {
				int[] docIds = group.getValue().stream().mapToInt(i -> page[i].doc).toArray();
				String[] found = Snippets.highlight(searcher, index.analyzers(), highlightQuery, group.getKey(), docIds);
				for (int j = 0; j < found.length; j++) {
					snippets[group.getValue().get(j)] = found[j];
				}
			}
		}
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document doc = documents.get(i);
			Language language = language(doc);
			String snippet = snippets[i] != null ? snippets[i]
					: Snippets.escaped(doc.get(SearchFields.summary(language)));
			IndexableField duration = doc.getField(SearchFields.DURATION_MINUTES);
			hits.add(new SearchHit(doc.get(SearchFields.ID), doc.get(SearchFields.TYPE), language.code(),
					doc.get(SearchFields.title(language)), snippet, List.of(doc.getValues(SearchFields.CRITERIA)),
					doc.get(SearchFields.DIMENSION), doc.get(SearchFields.STAGE), doc.get(SearchFields.FORMAT),
					duration == null ? null : duration.numericValue().intValue(), page[i].score));
		}
		return hits;
	}

	private static Language language(Document doc) {
		return Language.orDefault(doc.get(SearchFields.LANGUAGE));
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
