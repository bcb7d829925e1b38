package eu.serviceaudit.advisor.system;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code {n,plural,one{…} few{…} other{…}}} element of a message: picks the case for the count's plural category
 * in the message's language ({@code =5{…}} for exactly 5 comes first, {@code other} when the category has no case).
 * A {@code #} in the case stands for the count. It extends {@link ChoiceFormat} because {@link java.text.MessageFormat}
 * formats a choice's result again as a message with the same arguments, so a case may name the other arguments too.
 */
final class PluralFormat extends ChoiceFormat {

	private static final long serialVersionUID = 1L;

	private final int argument;

	/** Selector (=5, one, few, many, other, zero) to its text, # already replaced by the argument. */
	private final Map<String, String> cases;

	private final Locale locale;

	PluralFormat(int argument, Map<String, String> cases, Locale locale) {
		super(new double[] { 0 }, new String[] { "" });
		if (!cases.containsKey("other")) {
			throw new IllegalArgumentException("a plural element needs an other{…} case: " + cases.keySet());
		}
		this.argument = argument;
		this.cases = Map.copyOf(cases);
		this.locale = locale;
	}

	@Override
	public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition status) {
		String exact = cases.get("=" + number);
		String text = exact != null ? exact
				: cases.getOrDefault(PluralCategory.of(number, locale).keyword(), cases.get("other"));
		return toAppendTo.append(text);
	}

	/**
	 * A fraction is chosen as the whole number it shows when rounded like {@code {n,number,#}} (half to even): the
	 * messages count things and round figures such as a margin of points.
	 */
	@Override
	public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition status) {
		return format((long) Math.rint(number), toAppendTo, status);
	}

	/** A number a template has already formatted (e.g. {@code #numbers.formatDecimal}) arrives as text. */
	@Override
	public StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition status) {
		if (number instanceof CharSequence text) {
			try {
				return format(new BigDecimal(text.toString().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.'))
					.doubleValue(), toAppendTo, status);
			}
			catch (NumberFormatException notANumber) {
				return toAppendTo.append(cases.get("other"));
			}
		}
		return super.format(number, toAppendTo, status);
	}

	@Override
	public String toPattern() {
		return "plural of {" + argument + "}: " + cases;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PluralFormat that && argument == that.argument && cases.equals(that.cases)
				&& locale.equals(that.locale);
	}

	@Override
	public int hashCode() {
		return cases.hashCode();
	}

}
