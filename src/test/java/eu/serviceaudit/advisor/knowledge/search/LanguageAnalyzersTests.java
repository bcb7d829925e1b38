package eu.serviceaudit.advisor.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.serviceaudit.advisor.system.Language;

class LanguageAnalyzersTests {

	private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

	@ParameterizedTest(name = "{0}: {1} and {2} share an index term")
	@CsvSource({ "et, kaebus, kaebuste", "et, kaebuse, kaebustega", "et, klient, kliendid", "ru, жалоба, жалобы",
			"ru, жалоба, жалобами", "lv, sūdzība, sūdzības", "lv, klients, klientiem", "uk, скарга, скарги",
			"uk, скарга, скаргами", "en, complaint, complaints", "en, greeting, greet" })
	void shouldBringInflectedFormsTogether(String lang, String one, String other) {
		Language language = Language.fromCode(lang).orElseThrow();
		List<String> a = terms(analyzers.forLanguage(language), one);
		List<String> b = terms(analyzers.forLanguage(language), other);
		assertThat(a).as("%s -> %s, %s -> %s", one, a, other, b).containsAnyElementsOf(b);
	}

	@ParameterizedTest(name = "plain Snowball alone keeps {0} and {1} apart (the trap the prefix token fixes)")
	@CsvSource({ "kaebus, kaebuste" })
	void estonianStemmerAloneMissesThem(String one, String other) {
		Analyzer stemOnly = new LanguageAnalyzers(0, 0).forLanguage(Language.ET);
		assertThat(terms(stemOnly, one)).doesNotContainAnyElementsOf(terms(stemOnly, other));
	}

	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("body_x", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
