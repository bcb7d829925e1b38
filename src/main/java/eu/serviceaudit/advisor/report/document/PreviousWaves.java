package eu.serviceaudit.advisor.report.document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.analysis.Analyses;

/**
 * Finds the wave a report compares with: the same client's analysis whose wave date (its latest observation date)
 * is the latest one before this analysis's wave date — never itself, never another analysis of the same wave.
 */
@Component
class PreviousWaves {

	private final Analyses analyses;

	PreviousWaves(Analyses analyses) {
		this.analyses = analyses;
	}

	Optional<String> previousOf(String analysisId, String client, String wave) {
		List<Dated> waves = analyses.datedOf(client)
			.stream()
			.map(a -> new Dated(a.id(), a.wave(), a.latestObservation(), a.createdAt()))
			.toList();
		LocalDate own = waves.stream().filter(w -> w.id().equals(analysisId)).map(Dated::date).findFirst().orElse(null);
		if (own == null) {
			return Optional.empty();
		}
		return waves.stream()
			.filter(w -> !w.id().equals(analysisId) && !w.wave().equals(wave) && w.date() != null && w.date().isBefore(own))
			.max(Comparator.comparing(Dated::date).thenComparing(Dated::createdAt))
			.map(Dated::id);
	}

	private record Dated(String id, String wave, LocalDate date, java.time.Instant createdAt) {
	}

}
