package eu.serviceaudit.advisor.analysis;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.engagement.Engagements;

/** Stored analyses: the answer as served and the audit it was computed from. */
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
		return find(id).orElseThrow(() -> new AnalysisNotFoundException(id));
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
			.query((rs, n) -> new AnalysisHeader(rs.getString("id"), rs.getString("client"), rs.getString("wave"),
					rs.getString("language"), rs.getTimestamp("created_at").toInstant(), rs.getString("rules_version")))
			.list();
	}

	public record AnalysisHeader(String id, String client, String wave, String language, Instant createdAt,
			String rulesVersion) {
	}

}
