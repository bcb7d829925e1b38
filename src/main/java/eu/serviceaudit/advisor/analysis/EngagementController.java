package eu.serviceaudit.advisor.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.engagement.ClientScope;
import eu.serviceaudit.advisor.engagement.Engagements;

/**
 * Clients, their waves and the analyses of each wave. Here rather than in {@code engagement} because it lists
 * analyses: engagement knows clients and waves, analysis knows which analysis belongs to which wave.
 */
@Tag(name = "Analyses")
@RestController
class EngagementController {

	private final Engagements engagements;

	private final Analyses analyses;

	private final ClientScope scope;

	EngagementController(Engagements engagements, Analyses analyses, ClientScope scope) {
		this.engagements = engagements;
		this.analyses = analyses;
		this.scope = scope;
	}

	/** Under /api/analyses so that whoever may read analyses may read this list. */
	@Operation(summary = "List clients and their waves",
			description = "Roles: ADMIN, CONSULTANT, MANAGER. Every client with its waves, each wave with its analyses, "
					+ "oldest first.")
	@GetMapping("/api/analyses/engagements")
	List<EngagementView> list() {
		Map<String, Engagements.Wave> waves = new HashMap<>();
		Map<String, Integer> clientOrder = new HashMap<>();
		for (Engagements.Wave wave : scope.visible(engagements.waves(), Engagements.Wave::client)) {
			waves.put(wave.id(), wave);
			clientOrder.putIfAbsent(wave.client(), clientOrder.size());
		}
		List<Analyses.WaveAnalysis> rows = new ArrayList<>(
				analyses.byWave().stream().filter(row -> waves.containsKey(row.waveId())).toList());
		// clients in the order engagement gives them; within a client the analyses stay oldest first (stable sort)
		rows.sort(Comparator.comparing(row -> clientOrder.get(waves.get(row.waveId()).client())));
		Map<String, Map<String, List<AnalysisRef>>> byClient = new LinkedHashMap<>();
		for (Analyses.WaveAnalysis row : rows) {
			Engagements.Wave wave = waves.get(row.waveId());
			byClient.computeIfAbsent(wave.client(), c -> new LinkedHashMap<>())
				.computeIfAbsent(wave.name(), w -> new ArrayList<>())
				.add(new AnalysisRef(row.analysisId(), row.createdAt()));
		}
		List<EngagementView> views = new ArrayList<>();
		byClient.forEach((client, clientWaves) -> views.add(new EngagementView(client,
				clientWaves.entrySet().stream().map(e -> new WaveView(e.getKey(), e.getValue())).toList())));
		return views;
	}

	record EngagementView(String client, List<WaveView> waves) {
	}

	record WaveView(String wave, List<AnalysisRef> analyses) {
	}

	record AnalysisRef(String id, Instant createdAt) {
	}

}
