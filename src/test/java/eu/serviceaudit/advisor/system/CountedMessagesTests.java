package eu.serviceaudit.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSource;

/**
 * A count reads naturally in every language: "1 criterion", «по 21 критерию», "Atrasts 21 raksts" — Russian and
 * Ukrainian have three forms after a number, Latvian treats 21 (not 11) like 1, English and Estonian only 1.
 */
class CountedMessagesTests {

	static final Path BUNDLES = Path.of("src/main/resources/messages");

	static final String[] LANGUAGES = { "en", "et", "lv", "ru", "uk" };

	static final int[] COUNTS = { 1, 2, 5, 11, 21, 22 };

	final MessageSource messages = MessageBundles.standalone();

	@ParameterizedTest(name = "{0} in {1} is {2}")
	@CsvSource({ "1, ru, ONE", "2, ru, FEW", "4, ru, FEW", "5, ru, MANY", "11, ru, MANY", "12, ru, MANY",
			"14, ru, MANY", "21, ru, ONE", "22, ru, FEW", "0, ru, MANY", "111, ru, MANY", "101, uk, ONE", "24, uk, FEW",
			"0, lv, ZERO", "1, lv, ONE", "2, lv, OTHER", "10, lv, ZERO", "11, lv, ZERO", "21, lv, ONE", "22, lv, OTHER",
			"111, lv, ZERO", "1, en, ONE", "0, en, OTHER", "21, en, OTHER", "1, et, ONE", "21, et, OTHER" })
	void pluralCategoriesFollowCldr(long count, String language, PluralCategory category) {
		assertThat(PluralCategory.of(count, Locale.forLanguageTag(language))).isEqualTo(category);
	}

	@Test
	void russianCriteriaAgreeWithOneFewAndMany() {
		assertThat(counted("diagnosis.rationale.leadership", "ru", 3, "A", 50, 80))
			.containsExactly("по 1 критерию", "по 2 критериям", "по 5 критериям", "по 11 критериям", "по 21 критерию",
					"по 22 критериям");
		assertThat(counted("waves.trend.title", "ru", 0)).containsExactly("Динамика за 1 волну", "Динамика за 2 волны",
				"Динамика за 5 волн", "Динамика за 11 волн", "Динамика за 21 волну", "Динамика за 22 волны");
	}

	@Test
	void ukrainianTakesThreeFormsToo() {
		assertThat(counted("article.groupExact", "uk", 0)).containsExactly("Група: 1 особа", "Група: 2 особи",
				"Група: 5 осіб", "Група: 11 осіб", "Група: 21 особа", "Група: 22 особи");
		assertThat(counted("diagnosis.rationale.failed", "uk", 1, "X", 30, 7)).containsExactly("в 1 випадку",
				"в 2 випадках", "в 5 випадках", "в 11 випадках", "в 21 випадку", "в 22 випадках");
		assertThat(format("diagnosis.rationale.failed", "uk", "X", 2, 30, 21)).endsWith("у 21 точці обслуговування");
	}

	@Test
	void latvianTreats21Like1ButNot11() {
		assertThat(counted("kb.results", "lv", 0)).containsExactly("Atrasts 1 raksts", "Atrasti 2 raksti",
				"Atrasti 5 raksti", "Atrasti 11 raksti", "Atrasts 21 raksts", "Atrasti 22 raksti");
	}

	@Test
	void estonianAndEnglishSingularIsOneOnly() {
		assertThat(counted("kb.results", "et", 0)).containsExactly("Leiti 1 artikkel", "Leiti 2 artiklit",
				"Leiti 5 artiklit", "Leiti 11 artiklit", "Leiti 21 artiklit", "Leiti 22 artiklit");
		assertThat(counted("diagnosis.rationale.leadership", "en", 3, "A", 50, 80)).containsExactly("in 1 criterion",
				"in 2 criteria", "in 5 criteria", "in 11 criteria", "in 21 criteria", "in 22 criteria");
	}

	@Test
	void exactlyOneMayReadDifferentlyFromTwentyOne() {
		assertThat(format("diagnosis.rationale.belowStandard", "ru", "X", 1, 70, 85))
			.contains("не был провален в единственном наблюдении,");
		assertThat(format("diagnosis.rationale.belowStandard", "ru", "X", 21, 70, 85))
			.contains("ни в одном из 21 наблюдения,");
		assertThat(format("diagnosis.caution.CONTRADICTED_STRENGTH", "ru", "X", 1))
			.contains("на него указывает отрицательный отзыв. Прочитайте его,");
		assertThat(format("diagnosis.caution.CONTRADICTED_STRENGTH", "en", "X", 4))
			.contains("but 4 negative comments name it. Read them before");
	}

	@Test
	void aFigureRoundedForDisplayChoosesTheFormOfWhatIsShown() {
		assertThat(format("diagnosis.caution.SMALL_SAMPLE_NPS", "lv", 21, 21.4)).contains("uz 21 atbildi", "±21 punkts.");
		// {1,number,#} rounds half to even: 20.5 shows as 20
		assertThat(format("diagnosis.caution.SMALL_SAMPLE_NPS", "lv", 20, 20.5)).contains("uz 20 atbildēm", "±20 punkti.");
	}

	@Test
	void aCountATemplateHasFormattedAsTextStillChoosesItsForm() {
		assertThat(format("pages.error.tooLong", "uk", "21")).isEqualTo("Задовго: не більше 21 символу.");
		assertThat(format("pages.nps.margin", "et", "1", 30)).isEqualTo("± 1 punkt, 30 vastust");
	}

	@Test
	void apostrophesAndOtherArgumentsInsideACaseStayRight() {
		assertThat(format("diagnosis.LOCAL.text", "en", "X", "Tartu", 1, 1, 0, 9))
			.contains("failed in 1 of 1 observation;", "that location's team");
		assertThat(format("waves.drivers.method.LOCATION_CSAT", "en", 21)).contains("across 21 locations", "customers' ");
		assertThat(format("diagnosis.rationale.voice", "ru", 4)).isEqualTo("на него указывают отрицательные отзывы (4)");
	}

	/** Every plural element of every bundle formats in every language for every count, with no syntax left over. */
	@Test
	void everyCountedMessageFormatsForEveryCount() throws IOException {
		List<String> problems = new ArrayList<>();
		int countedMessages = 0;
		for (String family : families()) {
			for (String language : LANGUAGES) {
				Properties bundle = load(family + (language.equals("en") ? "" : "_" + language) + ".properties");
				for (String key : bundle.stringPropertyNames()) {
					if (!bundle.getProperty(key).contains(",plural,")) {
						continue;
					}
					countedMessages++;
					for (int count : COUNTS) {
						Object[] arguments = IntStream.range(0, 10).mapToObj(i -> (Object) count).toArray();
						String text = messages.getMessage(key, arguments, Locale.forLanguageTag(language));
						if (text.matches("(?s).*([{}#]|plural).*")) {
							problems.add(language + " " + key + " (" + count + "): " + text);
						}
					}
				}
			}
		}
		assertThat(countedMessages).isGreaterThan(100);
		assertThat(problems).isEmpty();
	}

	/**
	 * {@code {1} {1,choice,1#случае|1<случаях}} picks «21 случаях»: a range cannot tell 21 from 11. Languages with more
	 * than one and other choose a counted noun with plural instead.
	 */
	@Test
	void noNumberIsFollowedByARangeChoiceOfItsNoun() throws IOException {
		Pattern numberThenChoice = Pattern.compile("\\{(\\d+)}\\s*\\{\\1,choice,");
		List<String> problems = new ArrayList<>();
		for (String family : families()) {
			for (String language : LANGUAGES) {
				Properties bundle = load(family + (language.equals("en") ? "" : "_" + language) + ".properties");
				bundle.stringPropertyNames()
					.stream()
					.filter(key -> numberThenChoice.matcher(bundle.getProperty(key)).find())
					.forEach(key -> problems.add(language + " " + key));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aPluralWithoutOtherIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PluralMessageSource.messageFormat("{0,plural,one{# item}}", Locale.ENGLISH));
	}

	private List<String> counted(String key, String language, int countArgument, Object... others) {
		List<String> texts = new ArrayList<>();
		for (int count : COUNTS) {
			Object[] arguments = new Object[Math.max(countArgument + 1, others.length + 1)];
			for (int i = 0, other = 0; i < arguments.length; i++) {
				arguments[i] = i == countArgument ? count : others[other++];
			}
			String text = format(key, language, arguments);
			texts.add(excerpt(text, count));
		}
		return texts;
	}

	/** The words around the count: the whole text when short, else the phrase the count is in. */
	private static String excerpt(String text, int count) {
		if (text.length() <= 40) {
			return text;
		}
		int at = text.indexOf(" " + count + " ");
		int start = text.lastIndexOf(' ', at - 1) + 1;
		int end = text.indexOf(' ', text.indexOf(' ', at + 1) + 1);
		return text.substring(start, end < 0 ? text.length() : end).replaceAll("[,.:;]$", "");
	}

	private String format(String key, String language, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

	private static List<String> families() {
		return List.of(MessageBundles.BASENAMES).stream().map(name -> name.substring(name.lastIndexOf('/') + 1)).toList();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
