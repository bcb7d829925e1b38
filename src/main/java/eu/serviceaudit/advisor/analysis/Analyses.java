package eu.serviceaudit.advisor.analysis;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.engagement.Engagements;
import eu.serviceaudit.advisor.system.web.NotFoundException;

import static eu.serviceaudit.advisor.system.FieldErrors.clip;

/**
 * Stored analyses: the answer as served and the audit it was computed from. The only class that reads or writes the
 * {@code analyses} table; other features ask here.
 */
@Repository
public class Analyses {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Engagements engagements;

	private final AuditTables auditTables;

	private final ApplicationEventPublisher events;

	Analyses(JdbcClient jdbc, JsonMapper json, Engagements engagements, AuditTables auditTables,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.engagements = engagements;
		this.auditTables = auditTables;
		this.events = events;
	}

	/**
	 * Stores a fresh analysis under a new id and returns it with that id, together with the normalised copy of its
	 * audit (client, wave, observations, findings, responses): all of it or nothing.
	 */
	@Transactional
	public Analysis add(Audit audit, Analysis computed) {
		return add(UUID.randomUUID().toString(), audit, computed);
	}

	/** As {@link #add(Audit, Analysis)}, under an id chosen before the analysis ran (its logs carry it). */
	@Transactional
	public Analysis add(String id, Audit audit, Analysis computed) {
		Analysis analysis = computed.identified(id, Instant.now().truncatedTo(ChronoUnit.MILLIS));
		String waveId = engagements.waveId(analysis.client(), analysis.wave());
		jdbc.sql("""
				INSERT INTO analyses (id, client, wave, language, created_at, rules_version, audit_json, result_json, wave_id)
				VALUES (:id, :client, :wave, :language, :createdAt, :rulesVersion, :audit, :result, :waveId)""")
			.param("id", analysis.id())
			.param("client", analysis.client())
			.param("wave", analysis.wave())
			.param("language", analysis.language())
			.param("createdAt", Timestamp.from(analysis.createdAt()))
			.param("rulesVersion", analysis.rulesVersion())
			.param("audit", json.writeValueAsString(audit))
			.param("result", json.writeValueAsString(analysis))
			.param("waveId", waveId)
			.update();
		auditTables.insert(analysis.id(), audit);
		events.publishEvent(new AnalysisStored(analysis, audit));
		return analysis;
	}

	public Optional<Analysis> find(String id) {
		return jdbc.sql("SELECT result_json FROM analyses WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, Analysis.class));
	}

	public Analysis get(String id) {
		return find(id).orElseThrow(() -> notFound(id));
	}

	/** The 404 for an id that names no analysis. */
	public static NotFoundException notFound(String id) {
		return new NotFoundException("There is no analysis with the id '" + clip(id) + "'");
	}

	/** The audit an analysis was computed from. */
	public Optional<Audit> findAudit(String id) {
		return jdbc.sql("SELECT audit_json FROM analyses WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, Audit.class));
	}

	/** Newest first, without their bodies. */
	public List<AnalysisHeader> list() {
		return jdbc.sql("SELECT id, client, wave, language, created_at, rules_version FROM analyses ORDER BY created_at DESC")
			.query((rs, n) -> header(rs))
			.list();
	}

	/** The headers of the analyses with these ids, by id; ids that name nothing are left out. */
	public Map<String, AnalysisHeader> headers(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT id, client, wave, language, created_at, rules_version FROM analyses WHERE id IN (:ids)")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> header(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(AnalysisHeader::id, Function.identity()));
	}

	/** The most recent analysis of the same client made before this one. */
	public Optional<String> previousOf(Analysis current) {
		return jdbc.sql("""
				SELECT id FROM analyses WHERE client = :client AND created_at < :created AND id <> :id
				ORDER BY created_at DESC, id FETCH FIRST 1 ROWS ONLY""")
			.param("client", current.client())
			.param("created", Timestamp.from(current.createdAt()))
			.param("id", current.id())
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** Every analysis that belongs to a wave, with that wave's id, oldest first. */
	public List<WaveAnalysis> byWave() {
		return jdbc.sql("SELECT wave_id, id, created_at FROM analyses WHERE wave_id IS NOT NULL ORDER BY created_at")
			.query((rs, n) -> new WaveAnalysis(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	private static AnalysisHeader header(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AnalysisHeader(rs.getString("id"), rs.getString("client"), rs.getString("wave"),
				rs.getString("language"), rs.getTimestamp("created_at").toInstant(), rs.getString("rules_version"));
	}

	public record WaveAnalysis(String waveId, String analysisId, Instant createdAt) {
	}

	public record AnalysisHeader(String id, String client, String wave, String language, Instant createdAt,
			String rulesVersion) {
	}

}
