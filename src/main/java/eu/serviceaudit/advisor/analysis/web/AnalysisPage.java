package eu.serviceaudit.advisor.analysis.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.Analysis.Recommendation;
import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.audit.Observation;
import eu.serviceaudit.advisor.audit.SurveyResponse;

/**
 * Everything the analysis page shows, worked out once: the stored analysis, the audit it came from (for locations
 * and comments), and the recommendations that pass the page's filters.
 */
public record AnalysisPage(Analysis analysis, LocationScores locations, List<HeatRow> heatMap, List<Pick> recommendations,
		List<AlertRow> alerts, Set<String> dimensions, Filter filter, Map<String, String> locationNames) {

	/** Alerts need recovery within this time of the analysis. */
	static final Duration RECOVERY = Duration.ofHours(48);

	public record Filter(String location, String dimension, String horizon) {

		public boolean active() {
			return notBlank(location) || notBlank(dimension) || notBlank(horizon);
		}

	}

	public record HeatRow(String criterion, List<HeatCell> cells) {
	}

	public record HeatCell(String locationId, Double score, String band) {
	}

	/** A recommendation with the findings that made its rule fire, each with its comment and location. */
	public record Pick(Recommendation recommendation, List<Evidence> evidence, Set<String> locationIds) {
	}

	public record Evidence(String reference, String observationId, String criterion, String locationId, String comment) {
	}

	/** {@code language}: the audit's, in which the reason is worded. */
	public record AlertRow(Analysis.Alert alert, String locationId, String comment, Instant recoverBy, boolean overdue,
			String language) {
	}

	static AnalysisPage of(Analysis analysis, Audit audit, Filter filter, Instant now) {
		LocationScores scores = LocationScores.of(audit);
		Map<String, Observation> observations = new HashMap<>();
		audit.observations().forEach(o -> observations.put(o.id(), o));
		Map<String, String> locationNames = new LinkedHashMap<>();
		audit.locations().forEach(l -> locationNames.put(l.id(), l.name()));

		List<HeatRow> heat = new ArrayList<>();
		for (String criterion : scores.criteria()) {
			List<HeatCell> cells = new ArrayList<>();
			for (Audit.Location location : audit.locations()) {
				Double score = scores.cell(criterion, location.id());
				cells.add(new HeatCell(location.id(), score, LocationScores.band(score)));
			}
			heat.add(new HeatRow(criterion, cells));
		}

		List<Pick> picks = new ArrayList<>();
		for (Recommendation r : analysis.recommendations()) {
			List<Evidence> evidence = new ArrayList<>();
			Set<String> locationIds = new TreeSet<>();
			List<String> references = r.rationale() == null || r.rationale().findings() == null ? List.of()
					: r.rationale().findings();
			for (String reference : references) {
				Evidence e = evidence(reference, observations);
				evidence.add(e);
				if (e.locationId() != null) {
					locationIds.add(e.locationId());
				}
			}
			Pick pick = new Pick(r, evidence, locationIds);
			if (passes(pick, filter)) {
				picks.add(pick);
			}
		}

		Instant recoverBy = analysis.createdAt() == null ? null : analysis.createdAt().plus(RECOVERY);
		List<AlertRow> alerts = new ArrayList<>();
		for (Analysis.Alert alert : analysis.alerts()) {
			Observation o = observations.get(alert.observationId());
			alerts.add(new AlertRow(alert, o == null ? null : o.locationId(), alertComment(o, alert.criterion()),
					recoverBy, recoverBy != null && now.isAfter(recoverBy), analysis.language()));
		}

		Set<String> dimensions = new TreeSet<>();
		analysis.recommendations().forEach(r -> {
			if (r.dimension() != null) {
				dimensions.add(r.dimension());
			}
		});
		analysis.dimensions().forEach(d -> dimensions.add(d.dimension()));
		return new AnalysisPage(analysis, scores, heat, picks, alerts, dimensions, filter, locationNames);
	}

	private static Evidence evidence(String reference, Map<String, Observation> observations) {
		int slash = reference.indexOf('/');
		String observationId = slash < 0 ? reference : reference.substring(0, slash);
		String criterion = slash < 0 ? null : reference.substring(slash + 1);
		Observation o = observations.get(observationId);
		if (o == null) {
			return new Evidence(reference, observationId, criterion, null, null);
		}
		String comment = o.findings()
			.stream()
			.filter(f -> f.criterion().equals(criterion))
			.map(Finding::comment)
			.filter(AnalysisPage::notBlank)
			.findFirst()
			.orElse(null);
		return new Evidence(reference, observationId, criterion, o.locationId(), comment);
	}

	private static String alertComment(Observation o, String criterion) {
		if (o == null) {
			return null;
		}
		if (criterion != null) {
			return o.findings().stream().filter(f -> f.criterion().equals(criterion)).map(Finding::comment)
				.filter(AnalysisPage::notBlank).findFirst().orElse(null);
		}
		return o.responses().stream().filter(SurveyResponse::hasComment).map(SurveyResponse::comment)
			.findFirst().orElse(null);
	}

	private static boolean passes(Pick pick, Filter filter) {
		Recommendation r = pick.recommendation();
		if (notBlank(filter.location()) && !pick.locationIds().contains(filter.location())) {
			return false;
		}
		if (notBlank(filter.dimension()) && !filter.dimension().equals(r.dimension())) {
			return false;
		}
		if (notBlank(filter.horizon())) {
			try {
				return Horizon.fromLabel(filter.horizon()) == r.horizon();
			}
			catch (IllegalArgumentException unknown) {
				return false;
			}
		}
		return true;
	}

	static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

	/** Chart data for the dimension bar chart: labels are dimension codes the page translates. */
	Map<String, Object> dimensionChart() {
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		analysis.dimensions().forEach(d -> {
			labels.add(d.dimension());
			values.add(percent(d.score()));
		});
		return Map.of("labels", labels, "values", values);
	}

	Map<String, Object> locationChart() {
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		locations.byLocation().forEach((id, score) -> {
			labels.add(locationNames.getOrDefault(id, id));
			values.add(percent(score));
		});
		return Map.of("labels", labels, "values", values);
	}

	static double percent(double score) {
		return Math.round(score * 1000) / 10.0;
	}

}
