package eu.serviceaudit.advisor.knowledge.comments;

import java.util.ArrayList;
import java.util.List;

/** One word of a phrase and the words of a comment it stands for. */
sealed interface Slot {

	/** Shortest stem that counts as the start of a derived word or compound (oota → ootamise, ootamisaeg). */
	int DERIVED_MIN = 4;

	/** Shortest start of a word written with {@code *}. */
	int WILDCARD_MIN = 3;

	List<Integer> positionsIn(AnalysedText text);

	/**
	 * An analysed word: the same stem, or, in the languages that build words by derivation and compounding
	 * (Estonian, Latvian, Russian, Ukrainian), a stem that starts with this one, if it has at least
	 * {@link #DERIVED_MIN} letters: "ootama" (stem oota) finds "ootasin", "ootamine" and "ootamisaeg".
	 */
	record Stem(String stem, boolean derived) implements Slot {

		@Override
		public List<Integer> positionsIn(AnalysedText text) {
			if (!derived || stem.length() < DERIVED_MIN) {
				return text.stem(stem);
			}
			List<Integer> all = new ArrayList<>();
			text.startingWith(stem, all);
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
