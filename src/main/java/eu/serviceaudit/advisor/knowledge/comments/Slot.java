package eu.serviceaudit.advisor.knowledge.comments;

import java.util.ArrayList;
import java.util.List;

/** One word of a phrase and the words of a comment it stands for. */
sealed interface Slot {

	/** Shortest stem that counts as the start of a derived word or compound (oota → ootamise, ootamisaeg). */
	int DERIVED_MIN = 4;

	/** Shortest start of a word written with {@code *}. */
	int WILDCARD_MIN = 3;

	boolean REVERSE = Boolean.getBoolean("comments.reverse");

	/** The shortest comment stem that counts as an over-stemmed form of this one (tervitust → tervi for tervita). */
	static int shortestReverse(String stem) {
		return Math.max(5, (int) Math.ceil(stem.length() * 0.7));
	}

	List<Integer> positionsIn(AnalysedText text);

	/**
	 * An analysed word: the same stem, or, in the languages searched with stem-prefix tokens (Estonian, Latvian),
	 * the same stem-prefix token, or a stem that starts with this one or that this one starts with (at least
	 * {@link #DERIVED_MIN} letters): "ootasin", "ootamine", "ootama" and "ootamisaeg" are one word.
	 */
	record Stem(String stem, String prefixToken, boolean derived) implements Slot {

		@Override
		public List<Integer> positionsIn(AnalysedText text) {
			List<Integer> exact = text.stem(stem);
			if (prefixToken == null && !derived) {
				return exact;
			}
			List<Integer> all = new ArrayList<>(exact);
			if (prefixToken != null) {
				all.addAll(text.prefixToken(prefixToken));
			}
			if (derived && stem.length() >= DERIVED_MIN) {
				text.startingWith(stem, all);
				if (REVERSE) {
					for (int length = shortestReverse(stem); length < stem.length(); length++) {
						all.addAll(text.stem(stem.substring(0, length)));
					}
				}
			}
			return all;
		}

	}

	/** A word the analysis reads more than one way (Ukrainian: касі is каса or КАС): any of them. */
	record Either(List<Stem> readings) implements Slot {

		@Override
		public List<Integer> positionsIn(AnalysedText text) {
			List<Integer> all = new ArrayList<>();
			for (Stem reading : readings) {
				all.addAll(reading.positionsIn(text));
			}
			return all;
		}

	}

	/** A word written as {@code järjekor*}: every word of the comment, as written or as stemmed, that starts so. */
	record Wildcard(String start) implements Slot {

		@Override
		public List<Integer> positionsIn(AnalysedText text) {
			List<Integer> all = new ArrayList<>();
			text.startingWith(start, all);
			return all;
		}

	}

}
