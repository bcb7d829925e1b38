package eu.serviceaudit.advisor.knowledge.comments;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import eu.serviceaudit.advisor.knowledge.search.LanguageAnalyzers;
import eu.serviceaudit.advisor.knowledge.search.StemPrefixFilter;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Reads {@code criteria/voice/<lang>.csv} (columns {@code criterion,phrases}; phrases separated by {@code ;}; lines
 * starting with {@code #} are notes) and analyses every phrase. Each problem names the file and the line.
 */
final class VocabularyReader {

	static final String FOLDER = "criteria/voice/";

	static final String SEPARATOR = ";";

	static final int MAX_WORDS = 6;

	static final int MAX_PHRASE_LENGTH = 120;

	/**
	 * Languages whose words also match their derived forms and compounds (a stem that starts with the phrase's), and
	 * from how many letters of the phrase's stem: not English, where Porter's stems would make "wait" find "waiter".
	 */
	static final Map<Language, Integer> DERIVED_FROM = Map.of(Language.ET, Slot.DERIVED_MIN, Language.LV,
			Slot.DERIVED_MIN, Language.RU, Slot.DERIVED_MIN + 1, Language.UK, Slot.DERIVED_MIN + 1);

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final LanguageAnalyzers analyzers;

	private final Set<String> criteria;

	VocabularyReader(LanguageAnalyzers analyzers, Set<String> criteria) {
		this.analyzers = analyzers;
		this.criteria = criteria;
	}

	CommentVocabulary read(ContentFolder folder, List<String> problems) {
		if (folder.files().keySet().stream().noneMatch(path -> path.startsWith(FOLDER))) {
			return CommentVocabulary.empty();
		}
		int before = problems.size();
		Map<Language, PhraseIndex> indexes = new EnumMap<>(Language.class);
		Map<String, Map<Language, Integer>> firstLines = new TreeMap<>();
		for (Language language : Language.values()) {
			String file = file(language);
			if (!folder.contains(file)) {
				problems.add(file + ": missing (the comment vocabulary needs en, et, lv, ru and uk)");
				continue;
			}
			PhraseIndex index = new PhraseIndex();
			readFile(folder.text(file), file, language, index, firstLines, problems);
			indexes.put(language, index);
		}
		checkEveryLanguage(firstLines, indexes.keySet(), problems);
		return problems.size() > before ? CommentVocabulary.empty() : new CommentVocabulary(analyzers, indexes);
	}

	static String file(Language language) {
		return FOLDER + language.code() + ".csv";
	}

	private void readFile(String content, String file, Language language, PhraseIndex index,
			Map<String, Map<Language, Integer>> firstLines, List<String> problems) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
			if (!parser.getHeaderNames().equals(List.of("criterion", "phrases"))) {
				problems.add(file + ": line 1: the header must be 'criterion,phrases'");
				return;
			}
			for (CSVRecord row : parser) {
				int line = lineOf(text, row.getCharacterPosition());
				String where = file + ": line " + line + ": ";
				if (row.size() != 2) {
					problems.add(where + "expected 2 columns (criterion,phrases), found " + row.size());
					continue;
				}
				String criterion = row.get(0);
				if (!criteria.contains(criterion)) {
					problems.add(where + "unknown criterion '" + criterion + "'");
					continue;
				}
				int phrases = 0;
				for (String written : row.get(1).split(SEPARATOR)) {
					if (written.isBlank()) {
						continue;
					}
					Phrase phrase = phrase(criterion, written.strip(), language, where, problems);
					if (phrase != null) {
						index.add(phrase);
						phrases++;
					}
				}
				if (phrases == 0 && row.get(1).isBlank()) {
					problems.add(where + "no phrases for " + criterion);
				}
				firstLines.computeIfAbsent(criterion, k -> new EnumMap<>(Language.class)).putIfAbsent(language, line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			problems.add(file + ": not valid CSV: " + ex.getMessage());
		}
	}

	private Phrase phrase(String criterion, String written, Language language, String where, List<String> problems) {
		if (written.length() > MAX_PHRASE_LENGTH) {
			problems.add(where + "the phrase '" + written.substring(0, 30) + "…' is longer than " + MAX_PHRASE_LENGTH
					+ " characters");
			return null;
		}
		List<Slot> slots = new ArrayList<>();
		for (String word : written.split("\\s+")) {
			if (word.endsWith("*")) {
				String start = word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
				if (start.length() < Slot.WILDCARD_MIN || !start.chars().allMatch(Character::isLetterOrDigit)) {
					problems.add(where + "'" + word + "': a word with * needs at least " + Slot.WILDCARD_MIN
							+ " letters before the * and nothing after it");
					return null;
				}
				slots.add(new Slot.Wildcard(start));
			}
			else {
				slots.addAll(analysed(language, word));
			}
		}
		if (slots.isEmpty()) {
			problems.add(where + "the phrase '" + written + "' has only words the " + language.code()
					+ " analysis ignores (such as 'not' or 'the'); add the word that carries the meaning");
			return null;
		}
		if (slots.size() > MAX_WORDS) {
			problems.add(where + "the phrase '" + written + "' has more than " + MAX_WORDS
					+ " words; a short phrase matches more ways of saying it");
			return null;
		}
		return new Phrase(criterion, written, List.copyOf(slots), where.substring(0, where.length() - 2));
	}

	/**
	 * The slots of one written word: one per position of the analysis; several readings of one position (Ukrainian
	 * lemmas) become one {@link Slot.Either}.
	 */
	private List<Slot> analysed(Language language, String word) {
		int derivedFrom = DERIVED_FROM.getOrDefault(language, 0);
		boolean gradation = language == Language.ET;
		List<List<Slot.Stem>> positions = new ArrayList<>();
		try (TokenStream tokens = analyzers.forLanguage(language).tokenStream("phrase", word)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (StemPrefixFilter.TYPE.equals(type.type())) {
					continue;
				}
				if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
					positions.add(new ArrayList<>(1));
				}
				positions.get(positions.size() - 1).add(new Slot.Stem(term.toString(), derivedFrom, gradation));
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return positions.stream()
			.map(readings -> readings.size() == 1 ? (Slot) readings.get(0) : new Slot.Either(List.copyOf(readings)))
			.toList();
	}

	/** A criterion with phrases in one language needs them in all five, or its comments count in some audits only. */
	private static void checkEveryLanguage(Map<String, Map<Language, Integer>> firstLines, Set<Language> read,
			List<String> problems) {
		firstLines.forEach((criterion, lines) -> {
			for (Language language : read) {
				if (!lines.containsKey(language)) {
					Map.Entry<Language, Integer> some = lines.entrySet().iterator().next();
					problems.add(file(language) + ": no phrases for " + criterion + ", which " + file(some.getKey())
							+ " line " + some.getValue() + " has (a criterion's comment vocabulary is needed in en, "
							+ "et, lv, ru and uk)");
				}
			}
		});
	}

	private static int lineOf(String text, long characterPosition) {
		int line = 1;
		for (int i = 0; i < characterPosition && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
