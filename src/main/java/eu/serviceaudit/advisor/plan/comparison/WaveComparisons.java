package eu.serviceaudit.advisor.plan.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.engagement.ClientScope;
import eu.serviceaudit.advisor.system.FieldError;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.plan.KpiChecks;
import eu.serviceaudit.advisor.waves.Figures;
import eu.serviceaudit.advisor.waves.WaveSummary;
import eu.serviceaudit.advisor.waves.Waves;

/**
 * Compares an analysis with the previous wave of its client, or with an analysis named by hand: per criterion from
 * the stored wave figures, and the KPIs of every plan made on the previous analysis.
 */
@Service
public class WaveComparisons {

	private final Waves waves;

	private final KpiChecks kpis;

	private final ClientScope scope;

	WaveComparisons(Waves waves, KpiChecks kpis, ClientScope scope) {
		this.waves = waves;
		this.kpis = kpis;
		this.scope = scope;
	}

	/** The wave this one is compared with: {@code previousId} when given, else the one before it by date. */
	public Optional<WaveSummary> previous(WaveSummary current, String previousId) {
		if (previousId == null || previousId.isBlank()) {
			return waves.previous(current);
		}
		WaveSummary previous = waves.get(previousId);
		if (!scope.sees(previous.client())) {
			// named by hand: not even the name of a client outside the manager's scope is told
			throw Analyses.notFound(previousId);
		}
		if (previous.analysisId().equals(current.analysisId())) {
			throw new InvalidRequestException(List.of(new FieldError("/query/previous", "must name another analysis")));
		}
		if (!previous.client().equals(current.client())) {
			throw new InvalidRequestException(List.of(new FieldError("/query/previous",
					"is an analysis of another client ('" + previous.client() + "'); compare waves of one client")));
		}
		return Optional.of(previous);
	}

	public WaveComparison compare(String currentId, String previousId) {
		WaveSummary current = waves.get(currentId);
		Optional<WaveSummary> previous = previous(current, previousId);
		Map<String, Figures> now = waves.criteria(current.analysisId());
		Map<String, Figures> before = previous.map(p -> waves.criteria(p.analysisId())).orElse(Map.of());
		return new WaveComparison(
				previous.map(p -> new WaveComparison.AnalysisRef(p.analysisId(), p.wave())).orElse(null),
				changes(now, before),
				previous.map(p -> kpis.ofPlansOn(p.analysisId(), current.analysisId()).stream()
					.map(WaveComparison.Kpi::of).toList()).orElse(List.of()));
	}

	/** Every criterion of either wave, in code order. */
	public static List<WaveComparison.CriterionChange> changes(Map<String, Figures> now, Map<String, Figures> before) {
		TreeSet<String> criteria = new TreeSet<>(now.keySet());
		criteria.addAll(before.keySet());
		List<WaveComparison.CriterionChange> changes = new ArrayList<>();
		for (String criterion : criteria) {
			changes.add(WaveComparison.CriterionChange.of(criterion, now.get(criterion), before.get(criterion)));
		}
		return changes;
	}

}
