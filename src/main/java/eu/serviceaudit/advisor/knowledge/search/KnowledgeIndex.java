package eu.serviceaudit.advisor.knowledge.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.SingleInstanceLockFactory;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.Article;

/**
 * The in-memory index of the knowledge base: one writer, and a {@link SearcherManager} that hands out searchers.
 * {@link #rebuild} replaces every document in one commit and then refreshes, so a search sees either the old or the
 * new knowledge base, never a mix; searches in flight keep their reader until they release it. The index is opened
 * at its first use, not when it is created: the application creates it on the main thread and fills it on a thread
 * of its own, either from the files the build prepared ({@link #openPrepared}) or by indexing the articles.
 */
public final class KnowledgeIndex implements Closeable {

	private final Supplier<LanguageAnalyzers> analyzersSource;

	private volatile LanguageAnalyzers analyzers;

	/**
	 * Each file as one buffer once written: with the default many small blocks, every clone of an input (one per
	 * terms or postings enum, dozens per search) duplicated every block of the file, a large share of a search's CPU.
	 * A single file must stay under 2 GB.
	 */
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
			ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);

	/** Null until the index is first used. */
	private IndexWriter writer;

	private volatile SearcherManager searchers;

	private volatile String version = "";

	/** The articles of the rebuild in progress, handed to the searchers that the refresh opens. */
	private volatile Map<String, Article> articlesById = Map.of();

	/** The plain-text bodies of the rebuild in progress by document key, for snippets without stored fields. */
	private volatile Map<String, String> plainBodies = Map.of();

	private volatile boolean open;

	public KnowledgeIndex(LanguageAnalyzers analyzers) {
		this(() -> analyzers);
	}

	/** With analyzers made at the first use of the index. */
	public KnowledgeIndex(Supplier<LanguageAnalyzers> analyzers) {
		this.analyzersSource = analyzers;
	}

	public LanguageAnalyzers analyzers() {
		LanguageAnalyzers made = analyzers;
		if (made == null) {
			made = analyzersSource.get();
			analyzers = made;
		}
		return made;
	}

	/** Opens an empty index unless it is open. */
	private synchronized void ensureOpen() {
		if (searchers == null) {
			open(IndexWriterConfig.OpenMode.CREATE);
		}
	}

	private void open(IndexWriterConfig.OpenMode mode) {
		try {
			this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzers().perField())
				.setOpenMode(mode)
				.setRAMBufferSizeMB(64));
			this.writer.commit();
			if (mode == IndexWriterConfig.OpenMode.APPEND) {
				// the first searcher is made with the articles and bodies, so these must be there before
				plainBodies = Map.copyOf(storedBodies());
			}
			this.searchers = new SearcherManager(writer, new FacetedSearcherFactory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the knowledge-base index", ex);
		}
	}

	/**
	 * Opens the index from the files of a commit made by {@link #rebuild} of these very articles (see
	 * {@link PreparedKnowledgeIndex}); the plain-text bodies for snippets are the documents' stored bodies. Only for an
	 * index that was never used: answers false, and does nothing, for one already in use (the caller then rebuilds).
	 */
	synchronized boolean openPrepared(Map<String, byte[]> files, Collection<Article> articles, String version) {
		if (searchers != null) {
			return false;
		}
		try {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				try (IndexOutput out = directory.createOutput(file.getKey(), IOContext.DEFAULT)) {
					out.writeBytes(file.getValue(), file.getValue().length);
				}
			}
			Map<String, Article> byId = new HashMap<>();
			articles.forEach(article -> byId.put(article.id(), article));
			articlesById = Map.copyOf(byId);
			open(IndexWriterConfig.OpenMode.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the prepared knowledge-base index", ex);
		}
		this.version = version;
		this.open = true;
		return true;
	}

	private Map<String, String> storedBodies() throws IOException {
		Map<String, String> bodies = new HashMap<>();
		try (IndexReader reader = org.apache.lucene.index.DirectoryReader.open(writer)) {
			var stored = reader.storedFields();
			for (LeafReaderContext leaf : reader.leaves()) {
				SortedDocValues keys = DocValues.getSorted(leaf.reader(), SearchFields.KEY);
				for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
					String key = keys.lookupOrd(keys.ordValue()).utf8ToString();
					Language language = Language.fromCode(key.substring(key.lastIndexOf('/') + 1)).orElseThrow();
					String body = stored.document(leaf.docBase + doc).get(SearchFields.body(language));
					bodies.put(key, body == null ? "" : body);
				}
			}
		}
		return bodies;
	}

	/** The files of the last commit by name: what {@link #openPrepared} takes. */
	synchronized Map<String, byte[]> committedFiles() {
		ensureOpen();
		Map<String, byte[]> files = new TreeMap<>();
		try {
			for (String name : SegmentInfos.readLatestCommit(directory).files(true)) {
				try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
					byte[] bytes = new byte[Math.toIntExact(in.length())];
					in.readBytes(bytes, 0, bytes.length);
					files.put(name, bytes);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the knowledge-base index", ex);
		}
		return files;
	}

	/**
	 * Replaces the whole index with these articles. The documents are built before the index is touched, so a
	 * failure there leaves the old index in service.
	 */
	public synchronized void rebuild(Collection<Article> articles, String version) {
		ensureOpen();
		Map<String, Article> byId = new HashMap<>();
		articles.forEach(article -> byId.put(article.id(), article));
		List<Document> documents = new ArrayList<>();
		Map<String, String> bodies = new HashMap<>();
		articles.stream().sorted(Comparator.comparing(Article::type).thenComparing(Article::id))
			.forEach(article -> documents.addAll(ArticleDocuments.of(article, bodies)));
		try {
			// While searchers of the old index are still out, hits of both indexes must find their article and body:
			// serve the union during the swap, then only the new ones once every new searcher sees the new index.
			Map<String, Article> during = new HashMap<>(articlesById == null ? Map.of() : articlesById);
			during.putAll(byId);
			Map<String, String> duringBodies = new HashMap<>(plainBodies == null ? Map.of() : plainBodies);
			duringBodies.putAll(bodies);
			articlesById = Map.copyOf(during);
			plainBodies = Map.copyOf(duringBodies);
			writer.deleteAll();
			writer.addDocuments(documents);
			writer.commit();
			searchers.maybeRefreshBlocking();
			articlesById = Map.copyOf(byId);
			plainBodies = Map.copyOf(bodies);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot rebuild the knowledge-base index", ex);
		}
		this.version = version;
		this.open = true;
	}

	/** Runs a function with a searcher of the current index and releases it afterwards. */
	public <T> T withSearcher(SearchFunction<T> function) {
		if (searchers == null) {
			ensureOpen();
		}
		FacetedSearcher searcher;
		try {
			searcher = (FacetedSearcher) searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return function.apply(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				searchers.release(searcher);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Whether the index has been built and can be searched. */
	public boolean isOpen() {
		return open;
	}

	/** The version of the knowledge base the index holds. */
	public String version() {
		return version;
	}

	public int documents() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	@Override
	public synchronized void close() throws IOException {
		open = false;
		if (searchers != null) {
			searchers.close();
			writer.close();
		}
		directory.close();
	}

	@FunctionalInterface
	public interface SearchFunction<T> {

		T apply(FacetedSearcher searcher) throws IOException;

	}

	/**
	 * An IndexSearcher with the facet state of its reader, computed once per reader, and the articles its documents
	 * were made from, so that hits are filled from memory instead of from stored fields.
	 */
	public static final class FacetedSearcher extends IndexSearcher {

		private final SortedSetDocValuesReaderState facets;

		private final Map<String, Article> articles;

		private final Map<String, String> plainBodies;

		private final Map<Language, SentenceBreaks> sentences = new EnumMap<>(Language.class);

		/** The {@code id/lang} key of each document by its top-level doc id, read once per reader. */
		private final String[] keys;

		private final TextQueryCache textQueries = new TextQueryCache();

		FacetedSearcher(IndexReader reader, Map<String, Article> articles, Map<String, String> plainBodies)
				throws IOException {
			super(reader);
			this.articles = articles;
			this.plainBodies = plainBodies;
			for (Language language : Language.values()) {
				sentences.put(language, new SentenceBreaks(language.locale()));
			}
			this.keys = keys(reader);
			this.facets = reader.numDocs() == 0 ? null
					: new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
		}

		/** Null while the index is empty. */
		SortedSetDocValuesReaderState facets() {
			return facets;
		}

		Article article(String id) {
			return articles.get(id);
		}

		/** The {@code id/lang} key of a document by its top-level doc id. */
		String key(int doc) {
			String key = keys[doc];
			if (key == null) {
				throw new IllegalStateException("Document without a key: " + doc);
			}
			return key;
		}

		private static String[] keys(IndexReader reader) throws IOException {
			String[] keys = new String[reader.maxDoc()];
			for (LeafReaderContext leaf : reader.leaves()) {
				SortedDocValues values = DocValues.getSorted(leaf.reader(), SearchFields.KEY);
				for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
					keys[leaf.docBase + doc] = values.lookupOrd(values.ordValue()).utf8ToString();
				}
			}
			return keys;
		}

		/** The plain-text body of a document, by its {@code id/lang} key, as it was indexed. */
		String plainBody(String key) {
			return plainBodies.get(key);
		}

		/** The text queries of recent searches, built for this reader. */
		TextQueryCache textQueries() {
			return textQueries;
		}

		/** Sentence boundaries of this reader's texts in one language, computed once per text. */
		SentenceBreaks sentences(Language language) {
			return sentences.get(language);
		}

	}

	private final class FacetedSearcherFactory extends SearcherFactory {

		@Override
		public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
			return new FacetedSearcher(reader, articlesById, plainBodies);
		}

	}

}
