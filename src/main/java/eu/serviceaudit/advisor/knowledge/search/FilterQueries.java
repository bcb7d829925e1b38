package eu.serviceaudit.advisor.knowledge.search;

import java.util.Collection;
import java.util.function.Function;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/** Adds the filters of a request as non-scoring clauses: any value within one filter, every filter at once. */
final class FilterQueries {

	private FilterQueries() {
	}

	static void add(BooleanQuery.Builder query, SearchRequest request) {
		anyOf(query, SearchFields.LANGUAGE, request.languages(), l -> l.code());
		anyOf(query, SearchFields.TYPE, request.types(), Enum::name);
		anyOf(query, SearchFields.CRITERIA, request.criteria(), Function.identity());
		anyOf(query, SearchFields.DIMENSION, request.dimensions(), Function.identity());
		anyOf(query, SearchFields.STAGE, request.stages(), Function.identity());
		anyOf(query, SearchFields.FORMAT, request.formats(), Enum::name);
		if (request.maxMinutes() != null) {
			query.add(IntPoint.newRangeQuery(SearchFields.DURATION_MINUTES, Integer.MIN_VALUE, request.maxMinutes()),
					Occur.FILTER);
		}
	}

	private static <T> void anyOf(BooleanQuery.Builder query, String field, Collection<T> values,
			Function<T, String> term) {
		if (values.isEmpty()) {
			return;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		values.forEach(value -> any.add(new TermQuery(new Term(field, term.apply(value))), Occur.SHOULD));
		query.add(any.build(), Occur.FILTER);
	}

}
