package eu.serviceaudit.advisor.waves;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.audit.Audit;

/**
 * The aggregated figures of every stored analysis (tables of V40): written once when the analysis is stored, read
 * by comparisons, trends, league tables and the dashboard, which then read a few rows per wave.
 */
@Repository
public class WaveFigures {

	/**
	 * Archived analyses (replaced, withdrawn) leave a client's waves; they can still be read by id. Which are archived
	 * is asked of {@link Analyses}, not joined from its table.
	 */
	private static final String SUMMARY_COLUMNS = """
			SELECT s.analysis_id, s.client, s.wave, s.wave_date, s.created_at, s.observations, s.findings, s.responses,
			    s.overall_score, s.nps, s.nps_margin, s.nps_responses, s.csat, s.ces
			FROM wave_summaries s""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	/** The findings and ids of analyses are asked of their owner, not read from its tables. */
	private final Analyses analyses;

	private final AuditTallies tallies;

	WaveFigures(JdbcClient jdbc, JdbcTemplate batch, Analyses analyses, AuditTallies tallies) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.analyses = analyses;
		this.tallies = tallies;
	}

	/** Replaces the figures of one analysis by those of its audit. */
	void write(Analysis analysis, Audit audit) {
		write(analysis, tallies.prepare(audit), false);
	}

	/**
	 * Writes the figures of one analysis from its audit's tallies (made while the rules ran, see {@link AuditTallies});
	 * {@code fresh}: the analysis was inserted in this transaction, so it has no figures yet and the four DELETEs (four
	 * round trips that find nothing) are skipped.
	 */
	void write(Analysis analysis, AuditTallies.Tallied tallied, boolean fresh) {
		String id = analysis.id();
		if (!fresh) {
			for (String table : List.of("wave_criteria", "wave_location_criteria", "wave_locations", "wave_summaries")) {
				jdbc.sql("DELETE FROM " + table + " WHERE analysis_id = :id").param("id", id).update();
			}
		}
		writeSummary(analysis, tallied);
		writeAuditFigures(id, tallied);
	}

	/**
	 * The figures that depend on the audit alone (per criterion, per location and criterion, per location), for an
	 * analysis whose row was inserted in this transaction: written while its rules still run ({@code AnalysisBegun}).
	 */
	void writeAuditFigures(String id, AuditTallies.Tallied tallied) {
		List<Object[]> rows = new ArrayList<>();
		tallied.criteria().forEach((criterion, f) -> rows
			.add(new Object[] { id, criterion, f.n(), f.sum(), f.sumOfSquares(), f.failures() }));
		insert("wave_criteria (analysis_id, criterion, n, score_sum, score_sq, failures)", rows);
		rows.clear();
		tallied.locationCriteria().forEach((location, byCriterion) -> byCriterion.forEach((criterion, f) -> rows
			.add(new Object[] { id, location, criterion, f.n(), f.sum(), f.sumOfSquares(), f.failures() })));
		insert("wave_location_criteria (analysis_id, location_id, criterion, n, score_sum, score_sq, failures)", rows);
		rows.clear();
		tallied.locations().forEach((location, l) -> rows.add(new Object[] { id, location, l.name(), l.observations(),
				l.findings().n(), l.findings().sum(), l.findings().failures(), l.satisfactionAnswers(), l.satisfied() }));
		insert("""
				wave_locations (analysis_id, location_id, name, observations, findings, score_sum, failures,
				    satisfaction_n, satisfied)""", rows);
	}

	/**
	 * Rows per INSERT statement: one statement of many rows is one execution on H2, where a JDBC batch executes each
	 * row by itself (docs/performance.md, issue 10); 9 parameters a row at most keeps it well under the drivers' limits.
	 */
	static final int ROWS_PER_STATEMENT = 500;

	/** Inserts the rows, all of the same width, {@value #ROWS_PER_STATEMENT} per statement. */
	private void insert(String tableAndColumns, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			String row = "(" + "?, ".repeat(chunk.get(0).length - 1) + "?)";
			StringBuilder sql = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
			List<Object> values = new ArrayList<>(chunk.size() * chunk.get(0).length);
			for (Object[] r : chunk) {
				sql.append(values.isEmpty() ? "" : ", ").append(row);
				values.addAll(Arrays.asList(r));
			}
			batch.update(sql.toString(), values.toArray());
		}
	}

	/** The wave summary of one analysis, whose audit figures are written or being written in this transaction. */
	void writeSummary(Analysis analysis, AuditTallies.Tallied tallied) {
		Analysis.Summary summary = analysis.summary();
		Double margin = summary == null || summary.npsMargin() == null ? npsMargin(tallied.recommend())
				: summary.npsMargin();
		LocalDate waveDate = tallied.latestObservation() != null ? tallied.latestObservation()
				: analysis.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
		jdbc.sql("""
				INSERT INTO wave_summaries (analysis_id, client, wave, wave_date, created_at, observations, findings,
				    responses, overall_score, nps, nps_margin, nps_responses, csat, ces)
				VALUES (:id, :client, :wave, :date, :created, :observations, :findings, :responses, :overall, :nps,
				    :margin, :npsResponses, :csat, :ces)""")
			.param("id", analysis.id())
			.param("client", analysis.client())
			.param("wave", analysis.wave())
			.param("date", Date.valueOf(waveDate))
			.param("created", Timestamp.from(analysis.createdAt()))
			.param("observations", tallied.observations())
			.param("findings", tallied.findings())
			.param("responses", tallied.responses())
			.param("overall", summary == null ? null : summary.overallScore())
			.param("nps", summary == null ? null : summary.nps())
			.param("margin", margin)
			.param("npsResponses", tallied.recommend().size())
			.param("csat", summary == null ? null : summary.csat())
			.param("ces", summary == null ? null : summary.ces())
			.update();
	}

	/** CONTRACT.md section 10: 1.96 × 100 × √((p₊ + p₋ − (p₊ − p₋)²) / n); for analyses stored without it. */
	static Double npsMargin(List<Integer> recommend) {
		if (recommend.isEmpty()) {
			return null;
		}
		double n = recommend.size();
		double promoters = recommend.stream().filter(v -> v >= 9).count() / n;
		double detractors = recommend.stream().filter(v -> v <= 6).count() / n;
		double difference = promoters - detractors;
		return 1.96 * 100 * Math.sqrt(Math.max(0, promoters + detractors - difference * difference) / n);
	}

	/** Every wave summary of a client, oldest wave first (then oldest stored first). */
	public List<WaveSummary> summaries(String client) {
		return jdbc.sql(SUMMARY_COLUMNS
				+ " WHERE s.client = :client AND s.analysis_id NOT IN (:archived)"
				+ " ORDER BY s.wave_date, s.created_at, s.analysis_id")
			.param("client", client)
			.param("archived", archived())
			.query((rs, n) -> summary(rs))
			.list();
	}

	public Optional<WaveSummary> summary(String analysisId) {
		return jdbc.sql(SUMMARY_COLUMNS + " WHERE s.analysis_id = :id").param("id", analysisId)
			.query((rs, n) -> summary(rs))
			.optional();
	}

	/** The latest wave summary of every client, clients in alphabetical order. */
	public List<WaveSummary> latestOfEveryClient() {
		return jdbc.sql(SUMMARY_COLUMNS + """
				 WHERE s.analysis_id NOT IN (:archived) AND NOT EXISTS (SELECT 1 FROM wave_summaries later
				    WHERE later.client = s.client AND later.analysis_id NOT IN (:archived)
				    AND (later.wave_date > s.wave_date OR (later.wave_date = s.wave_date AND later.created_at > s.created_at)))
				ORDER BY s.client""")
			.param("archived", archived())
			.query((rs, n) -> summary(rs))
			.list();
	}

	/** The archived analyses' ids for a {@code NOT IN}, which takes no empty list: "" (no analysis's id) for none. */
	private List<String> archived() {
		Set<String> ids = analyses.archivedIds();
		return ids.isEmpty() ? List.of("") : List.copyOf(ids);
	}

	/** Per criterion, in code order. */
	public Map<String, Figures> criteria(String analysisId) {
		Map<String, Figures> figures = new TreeMap<>();
		jdbc.sql("SELECT criterion, n, score_sum, score_sq, failures FROM wave_criteria WHERE analysis_id = :id")
			.param("id", analysisId)
			.query(rs -> {
				figures.put(rs.getString(1), figures(rs, 2));
			});
		return figures;
	}

	/** Per location, then per criterion. */
	public Map<String, Map<String, Figures>> locationCriteria(String analysisId) {
		Map<String, Map<String, Figures>> figures = new TreeMap<>();
		jdbc.sql("""
				SELECT location_id, criterion, n, score_sum, score_sq, failures FROM wave_location_criteria
				WHERE analysis_id = :id""")
			.param("id", analysisId)
			.query(rs -> {
				figures.computeIfAbsent(rs.getString(1), l -> new TreeMap<>()).put(rs.getString(2), figures(rs, 3));
			});
		return figures;
	}

	/** Per location, in id order. */
	public List<LocationFigures> locations(String analysisId) {
		return jdbc.sql("""
				SELECT location_id, name, observations, findings, score_sum, failures, satisfaction_n, satisfied
				FROM wave_locations WHERE analysis_id = :id ORDER BY location_id""")
			.param("id", analysisId)
			.query((rs, n) -> new LocationFigures(rs.getString(1), rs.getString(2), rs.getInt(3),
					new Figures(rs.getInt(4), rs.getDouble(5), 0, rs.getInt(6)), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	/**
	 * The normalised findings of one analysis by visit (observation id → criterion → scores), read from the
	 * normalised finding rows: what the key drivers correlate across visits.
	 */
	public Map<String, Map<String, List<Double>>> visits(String analysisId) {
		Map<String, Map<String, List<Double>>> visits = new LinkedHashMap<>();
		for (Analyses.StoredFinding finding : analyses.findings(analysisId)) {
			double normalised = (finding.score() - finding.min()) / (finding.max() - finding.min());
			visits.computeIfAbsent(finding.observationId(), o -> new TreeMap<>())
				.computeIfAbsent(finding.criterion(), c -> new ArrayList<>())
				.add(normalised);
		}
		return visits;
	}

	/** Analyses stored before these figures existed. */
	List<String> analysesWithoutFigures() {
		Set<String> withFigures = new HashSet<>(
				jdbc.sql("SELECT analysis_id FROM wave_summaries").query(String.class).list());
		return analyses.idsOldestFirst().stream().filter(id -> !withFigures.contains(id)).toList();
	}

	private static Figures figures(ResultSet rs, int first) throws SQLException {
		return new Figures(rs.getInt(first), rs.getDouble(first + 1), rs.getDouble(first + 2), rs.getInt(first + 3));
	}

	private static WaveSummary summary(ResultSet rs) throws SQLException {
		return new WaveSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
				rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7), rs.getInt(8), nullable(rs, 9),
				nullable(rs, 10), nullable(rs, 11), count(rs, 12),
				nullable(rs, 13), nullable(rs, 14));
	}

	private static Integer count(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Double nullable(ResultSet rs, int column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}
