package eu.serviceaudit.advisor.knowledge.comments;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of one language by their first word, so that a comment is checked only against the phrases whose first
 * word it contains: a few hash look-ups per word of the comment instead of a pass over the whole vocabulary.
 */
final class PhraseIndex {

	private final Map<String, List<Phrase>> byStem = new HashMap<>();

	private final Map<String, List<Phrase>> byDerivedStem = new HashMap<>();

	private final Map<String, List<Phrase>> byWildcard = new HashMap<>();

	/** The lengths of the keys of {@link #byWildcard} and {@link #byDerivedStem}: the only starts worth cutting. */
	private final BitSet startLengths = new BitSet();

	private int size;

	void add(Phrase phrase) {
		size++;
		Slot first = phrase.slots().get(0);
		if (first instanceof Slot.Wildcard wildcard) {
			put(byWildcard, wildcard.start(), phrase);
			startLengths.set(wildcard.start().length());
		}
		else if (first instanceof Slot.Stem stem) {
			index(stem, phrase);
		}
		else if (first instanceof Slot.Either either) {
			either.readings().forEach(reading -> index(reading, phrase));
		}
	}

	private void index(Slot.Stem stem, Phrase phrase) {
		put(byStem, stem.stem(), phrase);
		if (stem.start() != null) {
			put(byDerivedStem, stem.start(), phrase);
			startLengths.set(stem.start().length());
		}
	}

	private static void put(Map<String, List<Phrase>> map, String key, Phrase phrase) {
		map.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase);
	}

	int size() {
		return size;
	}

	/** Every phrase whose first word occurs in the text (a superset of the phrases that match), each once. */
	Set<Phrase> candidates(AnalysedText text) {
		Set<Phrase> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
		for (String word : text.words()) {
			addAll(candidates, byStem.get(word));
			for (int length = startLengths.nextSetBit(0); length >= 0 && length <= word.length();
					length = startLengths.nextSetBit(length + 1)) {
				String start = word.substring(0, length);
				addAll(candidates, byWildcard.get(start));
				addAll(candidates, byDerivedStem.get(start));
			}
		}
		return candidates;
	}

	private static void addAll(Set<Phrase> into, List<Phrase> phrases) {
		if (phrases != null) {
			into.addAll(phrases);
		}
	}

}
