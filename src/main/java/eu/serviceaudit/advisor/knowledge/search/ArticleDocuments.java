package eu.serviceaudit.advisor.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleText;
import eu.serviceaudit.advisor.knowledge.Markdown;

/** Turns an article into one Lucene document per language. Indexing side only; see {@link KnowledgeSearcher}. */
final class ArticleDocuments {

	/** Analysed, stored, with offsets in the postings so that the highlighter needs no second analysis. */
	static final FieldType TEXT;

	static {
		TEXT = new FieldType();
		TEXT.setTokenized(true);
		TEXT.setStored(true);
		TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT.freeze();
	}

	private static final FacetsConfig FACETS = facetsConfig();

	private ArticleDocuments() {
	}

	static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(SearchFields.TYPE, false);
		return config;
	}

	/** The article's documents; the plain-text body of each is also put into {@code plainBodies} by its key. */
	static List<Document> of(Article article, Map<String, String> plainBodies) {
		List<Document> documents = new ArrayList<>();
		for (Language language : Language.values()) {
			if (article.texts().containsKey(language)) {
				String body = Markdown.toPlainText(article.texts().get(language).body());
				plainBodies.put(key(article.id(), language), body);
				documents.add(of(article, language, body));
			}
		}
		return documents;
	}

	static Document of(Article article, Language language, String plainBody) {
		ArticleText text = article.texts().get(language);
		Document doc = new Document();
		keyword(doc, SearchFields.ID, article.id());
		doc.add(new StringField(SearchFields.KEY, key(article.id(), language), Field.Store.NO));
		doc.add(new SortedDocValuesField(SearchFields.KEY, new BytesRef(key(article.id(), language))));
		keyword(doc, SearchFields.TYPE, article.type().name());
		keyword(doc, SearchFields.LANGUAGE, language.code());
		keyword(doc, SearchFields.DIMENSION, article.dimension());
		keyword(doc, SearchFields.STAGE, article.stage());
		for (String criterion : article.criteria()) {
			doc.add(new StringField(SearchFields.CRITERIA, criterion, Field.Store.YES));
		}
		if (article.format() != null) {
			keyword(doc, SearchFields.FORMAT, article.format().name());
		}
		if (article.durationMinutes() != null) {
			doc.add(new IntPoint(SearchFields.DURATION_MINUTES, article.durationMinutes()));
			doc.add(new StoredField(SearchFields.DURATION_MINUTES, article.durationMinutes()));
		}
		doc.add(new Field(SearchFields.title(language), text.title(), TEXT));
		doc.add(new Field(SearchFields.summary(language), text.summary(), TEXT));
		doc.add(new Field(SearchFields.body(language), plainBody, TEXT));
		try {
			return FACETS.build(doc);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static String key(String id, Language language) {
		return id + "/" + language.code();
	}

	private static void keyword(Document doc, String field, String value) {
		if (value == null) {
			return;
		}
		doc.add(new StringField(field, value, Field.Store.YES));
		doc.add(new SortedSetDocValuesFacetField(field, value));
	}

}
