package eu.serviceaudit.advisor.analysis;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.engagement.ClientScope;
import eu.serviceaudit.advisor.engagement.Engagements;
import eu.serviceaudit.advisor.system.HelperThreads;
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

	private final ApplicationEventPublisher events;

	private final ClientScope scope;

	private final ParsedAnalyses<Analysis> parsedResults = new ParsedAnalyses<>();

	private final ParsedAnalyses<Audit> parsedAudits = new ParsedAnalyses<>();

	Analyses(JdbcClient jdbc, JsonMapper json, Engagements engagements, ApplicationEventPublisher events,
			ClientScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.json = json;
		this.engagements = engagements;
		this.events = events;
	}

	/**
	 * Stores a fresh analysis under a new id and returns it with that id, together with its audit whole (observations,
	 * findings, responses, comments) and the date of its latest observation: all of it or nothing. No row per
	 * observation or finding is written: their readers read the audit (V82, V83; docs/performance.md, issue 10).
	 */
	@Transactional
	public Analysis add(Audit audit, Analysis computed) {
		return add(UUID.randomUUID().toString(), audit, computed);
	}

	/** As {@link #add(Audit, Analysis)}, under an id chosen before the analysis ran (its logs carry it). */
	@Transactional
	public Analysis add(String id, Audit audit, Analysis computed) {
		return store(id, audit, computed).analysis();
	}

	/**
	 * As {@link #add(String, Audit, Analysis)}, with the analysis's JSON as stored: the API answers with these bytes
	 * rather than serialise the same analysis a second time (docs/performance.md, issue 10).
	 */
	@Transactional
	public Answer store(String id, Audit audit, Analysis computed) {
		return store(id, audit, auditDocument(audit), computed);
	}

	/** The stored form of an audit ({@link StoredDocument}): independent of its analysis, so it may be made meanwhile. */
	public byte[] auditDocument(Audit audit) {
		return StoredDocument.deflate(out -> json.writeValue(out, audit));
	}

	/** As {@link #store(String, Audit, Analysis)}, with the audit's stored form already made. */
	@Transactional
	public Answer store(String id, Audit audit, byte[] auditDocument, Analysis computed) {
		return store(id, audit, auditDocument, Map.of(), computed);
	}

	/**
	 * As {@link #store(String, Audit, byte[], Analysis)}, with what the {@link AuditPreparation}s made of the audit
	 * meanwhile, for the listeners of {@link AnalysisStored}.
	 */
	@Transactional
	public Answer store(String id, Audit audit, byte[] auditDocument, Map<AuditPreparation<?>, Object> prepared,
			Analysis computed) {
		Analysis analysis = identified(id, computed);
		ResultDocument result = resultDocument(analysis);
		String waveId = engagements.waveId(analysis.client(), analysis.wave());
		jdbc.sql("""
				INSERT INTO analyses (id, client, wave, language, created_at, rules_version, audit_doc, result_doc, wave_id,
				    overall_score, alert_count, latest_observed_on)
				VALUES (:id, :client, :wave, :language, :createdAt, :rulesVersion, :audit, :result, :waveId,
				    :overallScore, :alertCount, :latest)""")
			.param("id", analysis.id())
			.param("client", analysis.client())
			.param("wave", analysis.wave())
			.param("language", analysis.language())
			.param("createdAt", Timestamp.from(analysis.createdAt()))
			.param("rulesVersion", analysis.rulesVersion())
			.param("audit", auditDocument)
			.param("result", result.deflated())
			.param("waveId", waveId)
			.param("overallScore", overallScore(analysis), java.sql.Types.DOUBLE)
			.param("alertCount", alertCount(analysis))
			.param("latest", latestObservation(audit), java.sql.Types.DATE)
			.update();
		// just inserted under a new id: the listeners need not look for rows of an earlier run
		events.publishEvent(new AnalysisStored(analysis, audit, true, prepared));
		return new Answer(analysis, result.json());
	}

	/**
	 * Stores an analysis while its rules still run, in one transaction on the calling thread (a helper's, see
	 * {@link AuditDocuments#storeAlongside}): first the audit's part (the row with the audit's stored form, and what
	 * the listeners of {@link AnalysisBegun} derive from the audit alone), then, once the rules raised the alerts,
	 * their follow-ups ({@link AlertsRaised}) while the rules make the rest, then what derives from the analysis
	 * ({@link AnalysisStored}) and its JSON. Nothing at all is stored when the rules fail: the exception they threw
	 * leaves this transaction, which rolls back.
	 */
	@Transactional
	public Answer storeAlongside(String id, Audit audit, byte[] auditDocument, Map<AuditPreparation<?>, Object> prepared,
			Handover rules) {
		jdbc.sql("""
				INSERT INTO analyses (id, client, wave, language, created_at, rules_version, audit_doc, wave_id,
				    latest_observed_on)
				VALUES (:id, :client, :wave, :language, :createdAt, '', :audit, :waveId, :latest)""")
			.param("id", id)
			.param("client", audit.client())
			.param("wave", audit.wave())
			.param("language", audit.language().code())
			.param("createdAt", Timestamp.from(Instant.now()))
			.param("audit", auditDocument)
			.param("waveId", engagements.waveId(audit.client(), audit.wave()))
			.param("latest", latestObservation(audit), java.sql.Types.DATE)
			.update();
		events.publishEvent(new AnalysisBegun(id, audit, prepared));
		List<Analysis.Alert> alerts = HelperThreads.join(rules.alerts());
		events.publishEvent(new AlertsRaised(id, audit, alerts, LocalDate.now(ZoneOffset.UTC)));
		Analysis analysis = HelperThreads.join(rules.analysed());
		events.publishEvent(new AnalysisStored(analysis, audit, true, prepared, true));
		ResultDocument document = HelperThreads.join(rules.result());
		jdbc.sql("""
				UPDATE analyses SET created_at = :createdAt, rules_version = :rulesVersion, result_doc = :result,
				    overall_score = :overallScore, alert_count = :alertCount
				WHERE id = :id""")
			.param("id", id)
			.param("createdAt", Timestamp.from(analysis.createdAt()))
			.param("rulesVersion", analysis.rulesVersion())
			.param("result", document.deflated())
			.param("overallScore", overallScore(analysis), java.sql.Types.DOUBLE)
			.param("alertCount", alertCount(analysis))
			.update();
		return new Answer(analysis, document.json());
	}

	/** The analysis under its id, stored at this moment: as {@link #store} stores it. */
	static Analysis identified(String id, Analysis computed) {
		return computed.identified(id, Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	/** An analysis's JSON (UTF-8) as answered, and its stored form. */
	ResultDocument resultDocument(Analysis analysis) {
		byte[] result = json.writeValueAsBytes(analysis);
		return new ResultDocument(result, StoredDocument.deflate(result));
	}

	record ResultDocument(byte[] json, byte[] deflated) {
	}

	/**
	 * What the thread that runs the rules hands to the one that stores the analysis alongside, in this order: the
	 * alerts as soon as they are raised, the analysis under its id ({@link #identified}), and its JSON
	 * ({@link #resultDocument}), made while the listeners write.
	 */
	public record Handover(CompletableFuture<List<Analysis.Alert>> alerts, CompletableFuture<Analysis> analysed,
			CompletableFuture<ResultDocument> result) {

		Handover() {
			this(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
		}

		/** The rules failed: the storing thread throws {@code failure} at whichever step it waits for. */
		void failed(Throwable failure) {
			alerts.completeExceptionally(failure);
			analysed.completeExceptionally(failure);
			result.completeExceptionally(failure);
		}

	}

	/** A stored analysis and its JSON (UTF-8) exactly as stored. */
	public record Answer(Analysis analysis, byte[] json) {
	}

	/** The stored analysis; parsed once while it stays among the recently opened (see {@link ParsedAnalyses}). */
	public Optional<Analysis> find(String id) {
		Analysis cached = parsedResults.get(id);
		if (cached != null) {
			// another instance sharing the database may have deleted it: a key lookup, not the document
			return exists(id) ? Optional.of(cached) : forgotten(id);
		}
		return jdbc.sql("SELECT result_doc, result_json FROM analyses WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> document(rs, "result", Analysis.class))
			.optional()
			.map(analysis -> ParsedAnalyses.keep(parsedResults, id, analysis));
	}

	private boolean exists(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM analyses WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

	private <T> Optional<T> forgotten(String id) {
		parsedResults.forget(id);
		parsedAudits.forget(id);
		return Optional.empty();
	}

	public Analysis get(String id) {
		return find(id).orElseThrow(() -> notFound(id));
	}

	/** The 404 for an id that names no analysis. */
	public static NotFoundException notFound(String id) {
		return new NotFoundException("There is no analysis with the id '" + clip(id) + "'");
	}

	/** The client of an analysis; empty when the id names none. */
	public Optional<String> clientOf(String id) {
		return jdbc.sql("SELECT client FROM analyses WHERE id = :id").param("id", id).query(String.class).optional();
	}

	/** The audit an analysis was computed from. */
	public Optional<Audit> findAudit(String id) {
		Audit cached = parsedAudits.get(id);
		if (cached != null) {
			return exists(id) ? Optional.of(cached) : forgotten(id);
		}
		return jdbc.sql("SELECT audit_doc, audit_json FROM analyses WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> document(rs, "audit", Audit.class))
			.optional()
			.map(audit -> ParsedAnalyses.keep(parsedAudits, id, audit));
	}

	/**
	 * A stored document of the current row: deflated bytes in {@code <name>_doc} (V86), or the text in
	 * {@code <name>_json} of a row stored before; null when neither was selected.
	 */
	private <T> T document(java.sql.ResultSet rs, String name, Class<T> type) throws java.sql.SQLException {
		byte[] stored = rs.getBytes(name + "_doc");
		if (stored != null) {
			try (java.io.InputStream in = StoredDocument.inflating(stored)) {
				return json.readValue(in, type);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		String text = rs.getString(name + "_json");
		return text == null ? null : json.readValue(text, type);
	}

	/** Newest first, without their bodies. */
	public List<AnalysisHeader> list() {
		return jdbc.sql("SELECT id, client, wave, language, created_at, rules_version FROM analyses ORDER BY created_at DESC")
			.query((rs, n) -> header(rs))
			.list();
	}

	/**
	 * One page of the analyses that match, newest first, with the figures a list shows (overall score, alerts).
	 * Text filters match anywhere in the client or wave, ignoring case; dates bound the day of the analysis. Only
	 * clients the current user may see ({@link ClientScope}).
	 */
	public eu.serviceaudit.advisor.system.web.Paging.Listing<Listed> search(Search search,
			eu.serviceaudit.advisor.system.web.Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		if (search.archived() != null) {
			where.append(search.archived() ? " AND archived_at IS NOT NULL" : " AND archived_at IS NULL");
		}
		scope.restriction().ifPresent(visible -> {
			where.append(" AND client IN (:visible)");
			params.put("visible", List.copyOf(visible));
		});
		if (search.client() != null && !search.client().isBlank()) {
			where.append(" AND LOWER(client) LIKE :client ESCAPE '\\'");
			params.put("client", like(search.client()));
		}
		if (search.wave() != null && !search.wave().isBlank()) {
			where.append(" AND LOWER(wave) LIKE :wave ESCAPE '\\'");
			params.put("wave", like(search.wave()));
		}
		if (search.from() != null) {
			where.append(" AND created_at >= :from");
			params.put("from", Timestamp.valueOf(search.from().atStartOfDay()));
		}
		if (search.to() != null) {
			where.append(" AND created_at < :to");
			params.put("to", Timestamp.valueOf(search.to().plusDays(1).atStartOfDay()));
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM analyses" + where).params(params).query(Long.class).single();
		// the document is read only for a row stored before the figures had columns and not filled yet
		List<Listed> items = jdbc.sql("SELECT id, client, wave, language, created_at, rules_version, archived_at,"
				+ " overall_score, alert_count, CASE WHEN alert_count IS NULL THEN result_doc END AS unfilled_doc,"
				+ " CASE WHEN alert_count IS NULL THEN result_json END AS unfilled_json"
				+ " FROM analyses" + where + " ORDER BY created_at DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.params(params)
			.param("offset", paging.offset())
			.param("limit", paging.limit())
			.query((rs, n) -> {
				boolean archived = rs.getTimestamp("archived_at") != null;
				Analysis analysis = document(rs, "unfilled", Analysis.class);
				if (analysis != null) {
					return new Listed(header(rs), archived, overallScore(analysis), alertCount(analysis));
				}
				double score = rs.getDouble("overall_score");
				return new Listed(header(rs), archived, rs.wasNull() ? null : score, rs.getInt("alert_count"));
			})
			.list();
		return new eu.serviceaudit.advisor.system.web.Paging.Listing<>((int) total, items);
	}

	private static Double overallScore(Analysis analysis) {
		return analysis.summary() == null ? null : analysis.summary().overallScore();
	}

	private static int alertCount(Analysis analysis) {
		return analysis.alerts() == null ? 0 : analysis.alerts().size();
	}

	/** Analyses stored before the list figures had columns: how many are left to fill (none once filled). */
	int fillListedFigures() {
		List<String> unfilled = jdbc.sql("SELECT id FROM analyses WHERE alert_count IS NULL").query(String.class).list();
		for (String id : unfilled) {
			jdbc.sql("SELECT result_doc, result_json FROM analyses WHERE id = :id AND alert_count IS NULL")
				.param("id", id)
				.query((rs, n) -> document(rs, "result", Analysis.class))
				.optional()
				// two instances may fill the same row: both write the same figures, derived from a document that never changes
				.ifPresent(analysis -> jdbc.sql("""
						UPDATE analyses SET overall_score = :overallScore, alert_count = :alertCount
						WHERE id = :id AND alert_count IS NULL""")
					.param("overallScore", overallScore(analysis), java.sql.Types.DOUBLE)
					.param("alertCount", alertCount(analysis))
					.param("id", id)
					.update());
		}
		return unfilled.size();
	}

	private static String like(String text) {
		String typed = text.strip().toLowerCase(java.util.Locale.ROOT);
		if (typed.length() > 300) {
			typed = typed.substring(0, 300);
		}
		return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** The ids of the analyses in use of this client's wave (an upload of the same wave again is asked about). */
	public List<String> idsOfWave(String client, String wave) {
		return jdbc.sql("SELECT id FROM analyses WHERE client = :client AND wave = :wave AND archived_at IS NULL")
			.param("client", client)
			.param("wave", wave)
			.query(String.class)
			.list();
	}

	/** Archives (leaves the lists, keeps everything) or brings back; false when there is no such analysis. */
	@Transactional
	public boolean archive(String id, boolean archived) {
		forgotten(id);
		return jdbc.sql("UPDATE analyses SET archived_at = :at WHERE id = :id")
			.param("at", archived ? Timestamp.from(Instant.now()) : null, java.sql.Types.TIMESTAMP)
			.param("id", id)
			.update() == 1;
	}

	/** Deletes an analysis and the audit tables under it; its plans must be gone first (they refer to it). */
	@Transactional
	public boolean delete(String id) {
		forgotten(id);
		return jdbc.sql("DELETE FROM analyses WHERE id = :id").param("id", id).update() == 1;
	}

	/** What the lists filter on; null or blank means any. */
	public record Search(String client, String wave, java.time.LocalDate from, java.time.LocalDate to,
			Boolean archived) {
	}

	/** A row of the analyses list. */
	public record Listed(AnalysisHeader analysis, boolean archived, Double overallScore, int alerts) {
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

	private static java.sql.Date latestObservation(Audit audit) {
		return audit.observations()
			.stream()
			.map(eu.serviceaudit.advisor.audit.Observation::date)
			.filter(java.util.Objects::nonNull)
			.max(java.time.LocalDate::compareTo)
			.map(java.sql.Date::valueOf)
			.orElse(null);
	}

	/** The analyses of one client, each with the date of its latest observation (null when none has a date). */
	public List<DatedAnalysis> datedOf(String client) {
		return jdbc.sql("""
				SELECT id, wave, created_at, latest_observed_on AS wave_date FROM analyses WHERE client = :client""")
			.param("client", client)
			.query((rs, n) -> new DatedAnalysis(rs.getString("id"), rs.getString("wave"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getDate("wave_date") == null ? null : rs.getDate("wave_date").toLocalDate()))
			.list();
	}

	public record DatedAnalysis(String id, String wave, Instant createdAt, java.time.LocalDate latestObservation) {
	}

	/**
	 * The findings of one analysis, by observation id and then their order in the observation, read from the audit
	 * kept whole beside it (parsed once while it stays among the recently opened): no finding rows are written for
	 * this one reader (docs/performance.md, issue 10).
	 */
	public List<StoredFinding> findings(String analysisId) {
		List<StoredFinding> findings = new java.util.ArrayList<>();
		findAudit(analysisId).ifPresent(audit -> audit.observations()
			.stream()
			.sorted(java.util.Comparator.comparing(eu.serviceaudit.advisor.audit.Observation::id))
			.forEach(o -> o.findings()
				.forEach(f -> findings.add(new StoredFinding(o.id(), f.criterion(), f.score(), f.min(), f.max())))));
		return findings;
	}

	public record StoredFinding(String observationId, String criterion, double score, double min, double max) {
	}

	/**
	 * The ids of the archived analyses (replaced or withdrawn): other features leave them out of their lists with
	 * {@code NOT IN} on their own tables. Few, since archiving is a deliberate act per analysis.
	 */
	public Set<String> archivedIds() {
		return Set.copyOf(jdbc.sql("SELECT id FROM analyses WHERE archived_at IS NOT NULL").query(String.class).list());
	}

	/** The id of every stored analysis, oldest first. */
	public List<String> idsOldestFirst() {
		return jdbc.sql("SELECT id FROM analyses ORDER BY created_at").query(String.class).list();
	}

	public record AnalysisHeader(String id, String client, String wave, String language, Instant createdAt,
			String rulesVersion) {
	}

}
