package eu.serviceaudit.advisor.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EngagementController {

	private final Engagements engagements;

	EngagementController(Engagements engagements) {
		this.engagements = engagements;
	}

	/** Under /api/analyses so that whoever may read analyses may read this list. */
	@GetMapping("/api/analyses/engagements")
	List<EngagementView> list() {
		Map<String, Map<String, List<AnalysisRef>>> byClient = new LinkedHashMap<>();
		for (Engagements.WaveRow row : engagements.waves()) {
			byClient.computeIfAbsent(row.client(), c -> new LinkedHashMap<>())
				.computeIfAbsent(row.wave(), w -> new ArrayList<>())
				.add(new AnalysisRef(row.analysisId(), row.createdAt()));
		}
		List<EngagementView> views = new ArrayList<>();
		byClient.forEach((client, waves) -> views.add(new EngagementView(client,
				waves.entrySet().stream().map(e -> new WaveView(e.getKey(), e.getValue())).toList())));
		return views;
	}

	record EngagementView(String client, List<WaveView> waves) {
	}

	record WaveView(String wave, List<AnalysisRef> analyses) {
	}

	record AnalysisRef(String id, Instant createdAt) {
	}

}
