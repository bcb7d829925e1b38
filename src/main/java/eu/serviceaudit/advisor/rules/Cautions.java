package eu.serviceaudit.advisor.rules;

import java.util.Comparator;
import java.util.List;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.rules.fact.Caveat;

/** The cautions of one analysis in its language, in the order a consultant reads the figures. */
final class Cautions {

	private static final List<String> ORDER = List.of("SMALL_SAMPLE_NPS", "INCONSISTENT_SURVEY",
			"CONTRADICTED_STRENGTH");

	private final Wording words;

	Cautions(Wording words) {
		this.words = words;
	}

	List<Analysis.Caution> worded(List<Caveat> caveats) {
		return caveats.stream()
			.sorted(Comparator.comparingInt((Caveat c) -> ORDER.indexOf(c.code()) < 0 ? 99 : ORDER.indexOf(c.code()))
				.thenComparing(c -> c.criterion() == null ? "" : c.criterion()))
			.map(this::worded)
			.toList();
	}

	private Analysis.Caution worded(Caveat caveat) {
		Object[] arguments = caveat.arguments().toArray();
		if (caveat.criterion() != null) {
			Object[] withName = new Object[arguments.length + 1];
			withName[0] = words.criterion(caveat.criterion());
			System.arraycopy(arguments, 0, withName, 1, arguments.length);
			arguments = withName;
		}
		return new Analysis.Caution(caveat.code(), caveat.criterion(),
				words.message("diagnosis.caution." + caveat.code(), arguments));
	}

}
