package eu.serviceaudit.advisor.waves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import eu.serviceaudit.advisor.system.web.NotFoundException;

/**
 * A client's waves in date order (CONTRACT.md section 11): a wave's date is the latest observation date of its
 * analysis. When a wave was analysed more than once, its latest stored analysis stands for it.
 */
@Service
public class Waves {

	private static final Comparator<WaveSummary> BY_DATE = Comparator.comparing(WaveSummary::date)
		.thenComparing(WaveSummary::createdAt)
		.thenComparing(WaveSummary::analysisId);

	private final WaveFigures figures;

	Waves(WaveFigures figures) {
		this.figures = figures;
	}

	/** One entry per wave, oldest first. */
	public List<WaveSummary> of(String client) {
		Map<String, WaveSummary> latestPerWave = new LinkedHashMap<>();
		for (WaveSummary summary : figures.summaries(client)) {
			latestPerWave.merge(summary.wave(), summary, (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b);
		}
		List<WaveSummary> waves = new ArrayList<>(latestPerWave.values());
		waves.sort(BY_DATE);
		return waves;
	}

	public WaveSummary get(String analysisId) {
		return figures.summary(analysisId)
			.orElseThrow(() -> new NotFoundException("There is no analysis '" + analysisId + "'."));
	}

	/** The wave of an analysis, empty when there is no such analysis. */
	public Optional<WaveSummary> find(String analysisId) {
		return figures.summary(analysisId);
	}

	/**
	 * The same client's analysis whose wave date is the latest one before this analysis's: never itself, never one
	 * of the same wave (or of the same date); the latest stored one when several share that date.
	 */
	public Optional<WaveSummary> previous(WaveSummary current) {
		return figures.summaries(current.client()).stream()
			.filter(s -> s.date().isBefore(current.date()) && !s.wave().equals(current.wave()))
			.max(BY_DATE);
	}

	/** The same client's analysis whose wave date is the earliest one after this analysis's. */
	public Optional<WaveSummary> next(WaveSummary current) {
		List<WaveSummary> later = figures.summaries(current.client()).stream()
			.filter(s -> s.date().isAfter(current.date()) && !s.wave().equals(current.wave()))
			.toList();
		return later.stream()
			.map(WaveSummary::date)
			.min(Comparator.naturalOrder())
			.flatMap(first -> later.stream().filter(s -> s.date().equals(first)).max(BY_DATE));
	}

	/** The wave of that name (its latest analysis), or the client's latest wave when {@code wave} is blank. */
	public WaveSummary find(String client, String wave) {
		List<WaveSummary> waves = of(client);
		if (waves.isEmpty()) {
			throw new NotFoundException("There is no analysis of the client '" + client + "'.");
		}
		if (wave == null || wave.isBlank()) {
			return waves.get(waves.size() - 1);
		}
		return waves.stream().filter(s -> s.wave().equals(wave)).findFirst()
			.orElseThrow(() -> new NotFoundException("The client '" + client + "' has no wave '" + wave + "'."));
	}

	public Map<String, Figures> criteria(String analysisId) {
		return figures.criteria(analysisId);
	}

	public Map<String, Map<String, Figures>> locationCriteria(String analysisId) {
		return figures.locationCriteria(analysisId);
	}

	public List<LocationFigures> locations(String analysisId) {
		return figures.locations(analysisId);
	}

	public Map<String, Map<String, List<Double>>> visits(String analysisId) {
		return figures.visits(analysisId);
	}

	/** The latest wave of every client. */
	public List<WaveSummary> latestOfEveryClient() {
		return figures.latestOfEveryClient();
	}

}
