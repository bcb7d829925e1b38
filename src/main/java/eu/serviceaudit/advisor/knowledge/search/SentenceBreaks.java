package eu.serviceaudit.advisor.knowledge.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence boundaries of the JDK's sentence {@link BreakIterator}, computed once per text and then served from an
 * array. The highlighter asks for {@code following} and {@code preceding} around every match, and the JDK iterator
 * answers {@code preceding} by re-scanning from a safe point each time, which made sentence breaking the largest cost
 * of a search with snippets. The boundaries, and so the snippets, are the same.
 */
final class SentenceBreaks {

	private static final int[] EMPTY = { 0 };

	private final Locale locale;

	/** Text to boundaries; the texts are the in-memory field values, so the set is bounded by the index. */
	private final Map<String, int[]> cache = new ConcurrentHashMap<>();

	SentenceBreaks(Locale locale) {
		this.locale = locale;
	}

	/** A fresh iterator (iterators are not thread-safe) over the shared boundaries. */
	BreakIterator iterator() {
		return new Iterator();
	}

	int[] boundaries(String text) {
		if (text.isEmpty()) {
			return EMPTY;
		}
		int[] known = cache.get(text);
		if (known == null) {
			known = compute(text, locale);
			cache.putIfAbsent(text, known);
		}
		return known;
	}

	static int[] compute(String text, Locale locale) {
		BreakIterator jdk = BreakIterator.getSentenceInstance(locale);
		jdk.setText(text);
		int[] breaks = new int[16];
		int count = 0;
		for (int at = jdk.first(); at != BreakIterator.DONE; at = jdk.next()) {
			if (count == breaks.length) {
				breaks = Arrays.copyOf(breaks, count * 2);
			}
			breaks[count++] = at;
		}
		return Arrays.copyOf(breaks, count);
	}

	/** A {@link BreakIterator} with the JDK's semantics over a sorted array of boundaries (the first 0, the last the length). */
	private final class Iterator extends BreakIterator {

		private String text = "";

		private int[] breaks = EMPTY;

		/** Index into {@link #breaks} of the current boundary. */
		private int at;

		@Override
		public void setText(String newText) {
			text = newText;
			breaks = boundaries(newText);
			at = 0;
		}

		@Override
		public void setText(CharacterIterator newText) {
			StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
			for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
				copy.append(c);
			}
			setText(copy.toString());
		}

		@Override
		public CharacterIterator getText() {
			StringCharacterIterator iterator = new StringCharacterIterator(text);
			iterator.setIndex(current());
			return iterator;
		}

		@Override
		public int current() {
			return breaks[at];
		}

		@Override
		public int first() {
			at = 0;
			return breaks[at];
		}

		@Override
		public int last() {
			at = breaks.length - 1;
			return breaks[at];
		}

		@Override
		public int next() {
			if (at == breaks.length - 1) {
				return DONE;
			}
			return breaks[++at];
		}

		@Override
		public int next(int n) {
			int result = current();
			while (n > 0 && result != DONE) {
				result = next();
				n--;
			}
			while (n < 0 && result != DONE) {
				result = previous();
				n++;
			}
			return result;
		}

		@Override
		public int previous() {
			if (at == 0) {
				return DONE;
			}
			return breaks[--at];
		}

		@Override
		public int following(int offset) {
			check(offset);
			int i = Arrays.binarySearch(breaks, offset);
			int next = i >= 0 ? i + 1 : -i - 1;
			if (next >= breaks.length) {
				at = breaks.length - 1;
				return DONE;
			}
			at = next;
			return breaks[at];
		}

		@Override
		public int preceding(int offset) {
			check(offset);
			int i = Arrays.binarySearch(breaks, offset);
			int previous = (i >= 0 ? i : -i - 1) - 1;
			if (previous < 0) {
				at = 0;
				return DONE;
			}
			at = previous;
			return breaks[at];
		}

		@Override
		public boolean isBoundary(int offset) {
			// as the JDK does: the position moves unless the offset is the start
			check(offset);
			return offset == 0 || following(offset - 1) == offset;
		}

		private void check(int offset) {
			if (offset < 0 || offset > text.length()) {
				throw new IllegalArgumentException("offset out of bounds");
			}
		}

	}

}
