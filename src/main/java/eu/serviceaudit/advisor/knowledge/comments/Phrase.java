package eu.serviceaudit.advisor.knowledge.comments;

import java.util.ArrayList;
import java.util.List;

/**
 * One phrase of a criterion's vocabulary, analysed at load: its words as {@link Slot}s. It matches a comment when
 * every slot matches a word of the comment and those words stand close together, in any order (Estonian, Latvian,
 * Russian and Ukrainian word order is free): "waited long" matches "long wait" and "we waited for a very long time".
 */
record Phrase(String criterion, String written, List<Slot> slots, String source) {

	/** Words that may stand between the phrase's words (stop words removed by the analysis count too). */
	static final int SLOP = 3;

	boolean matches(AnalysedText text) {
		List<List<Integer>> positions = new ArrayList<>(slots.size());
		for (Slot slot : slots) {
			List<Integer> found = slot.positionsIn(text);
			if (found.isEmpty()) {
				return false;
			}
			positions.add(found);
		}
		return slots.size() == 1 || closeTogether(positions, 0, new int[slots.size()]);
	}

	/** Chooses one position per slot, all different, spanning at most {@code slots - 1 + SLOP} positions. */
	private boolean closeTogether(List<List<Integer>> positions, int slot, int[] chosen) {
		if (slot == positions.size()) {
			int min = Integer.MAX_VALUE;
			int max = Integer.MIN_VALUE;
			for (int position : chosen) {
				min = Math.min(min, position);
				max = Math.max(max, position);
			}
			return max - min <= positions.size() - 1 + SLOP;
		}
		for (int position : positions.get(slot)) {
			if (alreadyChosen(chosen, slot, position) || tooFar(chosen, slot, position, positions.size())) {
				continue;
			}
			chosen[slot] = position;
			if (closeTogether(positions, slot + 1, chosen)) {
				return true;
			}
		}
		return false;
	}

	private static boolean alreadyChosen(int[] chosen, int slots, int position) {
		for (int i = 0; i < slots; i++) {
			if (chosen[i] == position) {
				return true;
			}
		}
		return false;
	}

	private static boolean tooFar(int[] chosen, int slots, int position, int size) {
		return slots > 0 && Math.abs(chosen[0] - position) > size - 1 + SLOP;
	}

}
