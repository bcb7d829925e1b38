package eu.serviceaudit.advisor.system;

import java.text.Format;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, whose messages may also say {@code {3,plural,one{# criterion} other{# criteria}}} (ICU's
 * plural syntax) where a noun or verb agrees with a count: {@link MessageFormat}'s {@code choice} only knows ranges,
 * which cannot tell Russian 21 (one) from 11 (many). Everything else is plain {@link MessageFormat}, quoting included.
 */
final class PluralMessageSource extends ResourceBundleMessageSource {

	private static final Pattern PLURAL = Pattern.compile("\\s*(\\d+)\\s*,\\s*plural\\s*,(.*)", Pattern.DOTALL);

	private static final Pattern SELECTOR = Pattern.compile("\\s*(=\\d+|zero|one|two|few|many|other)\\s*\\{");

	@Override
	protected MessageFormat createMessageFormat(String message, Locale locale) {
		return messageFormat(message, locale);
	}

	/** The message as a {@link MessageFormat} whose plural elements choose their case by the count. */
	static MessageFormat messageFormat(String message, Locale locale) {
		if (!message.contains("plural")) {
			return new MessageFormat(message, locale);
		}
		StringBuilder rewritten = new StringBuilder();
		Map<Integer, PluralFormat> plurals = new HashMap<>();
		int element = 0;
		boolean quoted = false;
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			if (c == '\'' && i + 1 < message.length() && message.charAt(i + 1) == '\'') {
				rewritten.append("''");
				i++;
			}
			else if (c == '\'') {
				quoted = !quoted;
				rewritten.append(c);
			}
			else if (c == '{' && !quoted) {
				int end = closingBrace(message, i);
				Matcher plural = PLURAL.matcher(message.substring(i + 1, end));
				if (plural.matches()) {
					int argument = Integer.parseInt(plural.group(1));
					plurals.put(element, new PluralFormat(argument, cases(plural.group(2), argument, locale), locale));
					rewritten.append('{').append(argument).append('}');
				}
				else {
					rewritten.append(message, i, end + 1);
				}
				element++;
				i = end;
			}
			else {
				rewritten.append(c);
			}
		}
		MessageFormat format = new MessageFormat(rewritten.toString(), locale);
		Format[] formats = format.getFormats();
		plurals.forEach((index, plural) -> formats[index] = plural);
		format.setFormats(formats);
		return format;
	}

	/** The cases of {@code one{…} other{…}}, each with # turned into the argument. */
	private static Map<String, String> cases(String body, int argument, Locale locale) {
		Map<String, String> cases = new LinkedHashMap<>();
		int at = 0;
		while (!body.substring(at).isBlank()) {
			Matcher selector = SELECTOR.matcher(body).region(at, body.length());
			if (!selector.lookingAt()) {
				throw new IllegalArgumentException("a plural case should read one{…}, few{…}, =1{…} or other{…}: " + body);
			}
			int open = selector.end() - 1;
			int end = closingBrace(body, open);
			cases.put(selector.group(1), caseText(body.substring(open + 1, end), argument, locale));
			at = end + 1;
		}
		return cases;
	}

	/**
	 * The case with each # outside nested elements turned into {n}. MessageFormat formats a choice's result again
	 * only when it holds a brace, so a case without one is unquoted here, the way a message is.
	 */
	private static String caseText(String text, int argument, Locale locale) {
		StringBuilder replaced = new StringBuilder();
		int depth = 0;
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '{') {
				depth++;
			}
			else if (!quoted && c == '}') {
				depth--;
			}
			if (c == '#' && depth == 0 && !quoted) {
				replaced.append('{').append(argument).append('}');
			}
			else {
				replaced.append(c);
			}
		}
		String pattern = replaced.toString();
		return pattern.indexOf('{') >= 0 ? pattern : new MessageFormat(pattern, locale).format(new Object[0]);
	}

	/** Where the element opened at {@code open} closes, by MessageFormat's rules (quoted braces do not count). */
	private static int closingBrace(String pattern, int open) {
		int depth = 0;
		boolean quoted = false;
		for (int i = open + 1; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '{') {
				depth++;
			}
			else if (!quoted && c == '}') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		throw new IllegalArgumentException("Unmatched braces in the message: " + pattern);
	}

}
