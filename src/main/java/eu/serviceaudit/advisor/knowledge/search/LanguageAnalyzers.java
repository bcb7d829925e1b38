package eu.serviceaudit.advisor.knowledge.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.tartarus.snowball.ext.EstonianStemmer;

import eu.serviceaudit.advisor.system.Language;

/**
 * One analyzer per language, used alike at index and at query time: English (Porter), Russian (Snowball: жалоба and
 * жалобы both become жалоб), Latvian (Lucene's Latvian stemmer: sūdzība and sūdzības become sūdzīb, plus a
 * {@link StemPrefixFilter} token for derived forms), Ukrainian (morfologik lemmas: скарги becomes скарга), and
 * Estonian: the Snowball stemmer plus a {@link StemPrefixFilter} token, because the stemmer alone does not bring
 * kaebus and kaebuste together (see docs/performance.md, "Knowledge-base search").
 */
public final class LanguageAnalyzers {

	/** Characters of a stem kept by the prefix token; measured on the relevance set (docs/performance.md). */
	static final int ESTONIAN_PREFIX_LENGTH = 5;

	static final int LATVIAN_PREFIX_LENGTH = 5;

	/**
	 * Lucene's Estonian stop list (about 1,400 words, mostly interjections) also drops words a service comment or a
	 * search is made of: the till, hello, thanks, goodbye, back (call back), present, look at, sold out. They are
	 * kept.
	 */
	static final Set<String> ESTONIAN_WORDS_KEPT = Set.of("kassa", "tere", "terekest", "aitäh", "aitüma", "aituma",
			"hüvasti", "jumalaga", "nägemist", "tagasi", "kohal", "kohale", "otsa", "otsas");

	static final CharArraySet ESTONIAN_STOP_WORDS = estonianStopWords();

	private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);

	private final Analyzer perField;

	public LanguageAnalyzers() {
		this(ESTONIAN_PREFIX_LENGTH, LATVIAN_PREFIX_LENGTH);
	}

	/** With other stem-prefix lengths (0 for none): for measurements. */
	public LanguageAnalyzers(int estonianPrefixLength, int latvianPrefixLength) {
		byLanguage.put(Language.EN, new EnglishAnalyzer());
		byLanguage.put(Language.ET, new EstonianStemPrefixAnalyzer(estonianPrefixLength));
		byLanguage.put(Language.LV, latvianPrefixLength == 0 ? new LatvianAnalyzer()
				: new LatvianStemPrefixAnalyzer(latvianPrefixLength));
		byLanguage.put(Language.RU, new RussianAnalyzer());
		byLanguage.put(Language.UK, new UkrainianMorfologikAnalyzer());
		Analyzer keyword = new KeywordAnalyzer();
		this.perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				Language language = SearchFields.languageOf(fieldName);
				return language == null ? keyword : byLanguage.get(language);
			}
		};
	}

	private static CharArraySet estonianStopWords() {
		CharArraySet stopWords = new CharArraySet(EstonianAnalyzer.getDefaultStopSet().size(), false);
		for (Object word : EstonianAnalyzer.getDefaultStopSet()) {
			String text = new String((char[]) word);
			if (!ESTONIAN_WORDS_KEPT.contains(text)) {
				stopWords.add(text);
			}
		}
		return CharArraySet.unmodifiableSet(stopWords);
	}

	/**
	 * One set for the whole application: analyzers are thread-safe, and the Ukrainian dictionary is large. The
	 * comment vocabulary (read while the knowledge base loads) and the search index share it, so it is built once, on
	 * the thread that first needs it.
	 */
	public static LanguageAnalyzers shared() {
		return Shared.INSTANCE;
	}

	private static final class Shared {

		static final LanguageAnalyzers INSTANCE = new LanguageAnalyzers();

	}

	public Analyzer forLanguage(Language language) {
		return byLanguage.get(language);
	}

	/** Chooses the analyzer by the language in the field name: for the IndexWriter and the highlighter. */
	public Analyzer perField() {
		return perField;
	}

	/**
	 * StandardTokenizer, lower case, Estonian stop words (without {@link #ESTONIAN_WORDS_KEPT}), Snowball stemmer,
	 * then the stem-prefix token.
	 */
	static final class EstonianStemPrefixAnalyzer extends Analyzer {

		private final int prefixLength;

		EstonianStemPrefixAnalyzer(int prefixLength) {
			this.prefixLength = prefixLength;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream result = new LowerCaseFilter(source);
			result = new StopFilter(result, ESTONIAN_STOP_WORDS);
			result = new SnowballFilter(result, new EstonianStemmer());
			if (prefixLength > 0) {
				result = new StemPrefixFilter(result, prefixLength);
			}
			return new TokenStreamComponents(source, result);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(in);
		}

	}

	/**
	 * The Latvian analyzer's chain plus the stem-prefix token, so that derived forms such as sveicināšana and
	 * sveicināt meet (hit@5 of the Latvian relevance set 0.94 without, 1.0 with).
	 */
	static final class LatvianStemPrefixAnalyzer extends Analyzer {

		private final int prefixLength;

		LatvianStemPrefixAnalyzer(int prefixLength) {
			this.prefixLength = prefixLength;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream result = new LowerCaseFilter(source);
			result = new StopFilter(result, LatvianAnalyzer.getDefaultStopSet());
			result = new LatvianStemFilter(result);
			result = new StemPrefixFilter(result, prefixLength);
			return new TokenStreamComponents(source, result);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(in);
		}

	}

}
