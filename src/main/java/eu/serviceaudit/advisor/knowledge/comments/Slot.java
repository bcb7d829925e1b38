package eu.serviceaudit.advisor.knowledge.comments;

import java.util.ArrayList;
import java.util.List;

/** One word of a phrase and the words of a comment it stands for. */
sealed interface Slot {

	/**
	 * Shortest stem that counts as the start of a derived word or compound in Estonian and Latvian (oota → ootamise,
	 * ootamisaeg). Russian and Ukrainian need one letter more: the Russian stem карт (card) must not find картошка.
	 */
	int DERIVED_MIN = 4;

	/** Shortest Estonian stem whose last letter may grade (järjekord and järjekorra). */
	int GRADATION_MIN = 6;

	/** The consonants of Estonian gradation at the end of a stem (kord/korra, sõbralik/sõbraliku, leht/lehe). */
	String GRADING = "bdgkpt";

	/** Shortest start of a word written with {@code *}. */
	int WILDCARD_MIN = 3;

	List<Integer> positionsIn(AnalysedText text);

	/**
	 * An analysed word: the same stem, or, in the languages that build words by derivation and compounding
	 * (Estonian, Latvian, Russian, Ukrainian), every stem that starts with this one when it has at least
	 * {@code derivedFrom} letters (0: never): "ootama" (stem oota) finds "ootasin", "ootamine" and "ootamisaeg". In Estonian a stem ending in a consonant that grades (b, d, g, k, p, t)
	 * may differ in that letter: "järjekord" finds "järjekorras" (stem järjekorra), "kord" does not (too short).
	 */
	record Stem(String stem, int derivedFrom, boolean gradation) implements Slot {

		/** What a comment's stem must start with; null when only the same stem counts. */
		String start() {
			if (derivedFrom == 0 || stem.length() < derivedFrom) {
				return null;
			}
			boolean grades = gradation && stem.length() >= GRADATION_MIN
					&& GRADING.indexOf(stem.charAt(stem.length() - 1)) >= 0;
			return grades ? stem.substring(0, stem.length() - 1) : stem;
		}

		@Override
		public List<Integer> positionsIn(AnalysedText text) {
			String start = start();
			if (start == null) {
				return text.stem(stem);
			}
			List<Integer> all = new ArrayList<>();
			text.startingWith(start, all);
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
