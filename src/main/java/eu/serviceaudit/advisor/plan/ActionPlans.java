package eu.serviceaudit.advisor.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analyses.AnalysisHeader;
import eu.serviceaudit.advisor.analysis.Analysis.TrainingAction;
import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.analysis.RecommendationKind;
import eu.serviceaudit.advisor.engagement.ClientScope;

/**
 * Stored action plans and their items. Writes that change a plan go through {@link #claimVersion}: an
 * {@code UPDATE ... WHERE version = ?} that bumps the version and holds the plan's row until the transaction ends.
 */
@Repository
public class ActionPlans {

	private static final TypeReference<List<TrainingAction>> TRAINING = new TypeReference<>() {
	};

	private static final String PLAN_COLUMNS = """
			SELECT p.id, p.analysis_id, p.title, p.version, p.created_at, p.updated_at FROM action_plans p""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/** Client, wave and language of a plan are its analysis's: asked there, not joined from its table. */
	private final Analyses analyses;

	private final ClientScope scope;

	ActionPlans(JdbcClient jdbc, JsonMapper json, Analyses analyses, ClientScope scope) {
		this.jdbc = jdbc;
		this.json = json;
		this.analyses = analyses;
		this.scope = scope;
	}

	void insertPlan(String id, String analysisId, String title, Instant now) {
		jdbc.sql("""
				INSERT INTO action_plans (id, analysis_id, title, version, created_at, updated_at)
				VALUES (:id, :analysis, :title, 1, :now, :now)""")
			.param("id", id)
			.param("analysis", analysisId)
			.param("title", title)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Sets title and the next version when the stored version is still {@code expected}; false when it is not. */
	boolean claimVersion(String id, int expected, String title, Instant now) {
		return jdbc.sql("""
				UPDATE action_plans SET version = version + 1, title = COALESCE(:title, title), updated_at = :now
				WHERE id = :id AND version = :expected""")
			.param("title", title)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("expected", expected)
			.update() == 1;
	}

	void insertItem(String planId, ActionPlan.Item item) {
		jdbc.sql("""
				INSERT INTO action_plan_items (id, plan_id, item_rank, recommendation_id, title, kind, addresses,
				    kpi_name, kpi_criterion, kpi_target, owner_role, owner, horizon, due_date, status, note, training_actions)
				VALUES (:id, :plan, :rank, :recommendation, :title, :kind, :addresses,
				    :kpiName, :kpiCriterion, :kpiTarget, :ownerRole, :owner, :horizon, :dueDate, :status, :note, :training)""")
			.param("id", item.id())
			.param("plan", planId)
			.param("recommendation", item.recommendationId())
			.param("kind", item.kind().name())
			.param("addresses", String.join(",", item.addresses()))
			.param("training", json.writeValueAsString(item.trainingActions()))
			.params(editable(item))
			.update();
	}

	void updateItem(ActionPlan.Item item) {
		jdbc.sql("""
				UPDATE action_plan_items SET item_rank = :rank, title = :title, kpi_name = :kpiName,
				    kpi_criterion = :kpiCriterion, kpi_target = :kpiTarget, owner_role = :ownerRole, owner = :owner,
				    horizon = :horizon, due_date = :dueDate, status = :status, note = :note
				WHERE id = :id""")
			.param("id", item.id())
			.params(editable(item))
			.update();
	}

	void updateProgress(String itemId, ItemStatus status, String note) {
		jdbc.sql("UPDATE action_plan_items SET status = :status, note = :note WHERE id = :id")
			.param("status", status.name())
			.param("note", note)
			.param("id", itemId)
			.update();
	}

	void deleteItem(String itemId) {
		jdbc.sql("DELETE FROM action_plan_items WHERE id = :id").param("id", itemId).update();
	}

	private static java.util.Map<String, Object> editable(ActionPlan.Item item) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("rank", item.rank());
		values.put("title", item.title());
		values.put("kpiName", item.kpi() == null ? null : item.kpi().name());
		values.put("kpiCriterion", item.kpi() == null ? null : item.kpi().criterion());
		values.put("kpiTarget", item.kpi() == null ? null : item.kpi().target());
		values.put("ownerRole", item.ownerRole());
		values.put("owner", item.owner());
		values.put("horizon", item.horizon() == null ? null : item.horizon().label());
		values.put("dueDate", item.dueDate() == null ? null : Date.valueOf(item.dueDate()));
		values.put("status", item.status().name());
		values.put("note", item.note());
		return values;
	}

	public Optional<ActionPlan> find(String id) {
		return jdbc.sql(PLAN_COLUMNS + " WHERE p.id = :id")
			.param("id", id)
			.query((rs, n) -> stored(rs))
			.optional()
			.flatMap(this::plan);
	}

	/** The client of a plan (its analysis's); empty when the id names no plan. */
	public Optional<String> clientOf(String id) {
		return jdbc.sql("SELECT analysis_id FROM action_plans WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.flatMap(analyses::clientOf);
	}

	/**
	 * Plans made on one analysis, or every plan when {@code analysisId} is null; newest first. Only those of clients
	 * the current user may see ({@link ClientScope}).
	 */
	public List<ActionPlan.Header> list(String analysisId) {
		String where = analysisId == null ? "" : " WHERE p.analysis_id = :analysis";
		var statement = jdbc.sql("""
				SELECT p.id, p.analysis_id, p.title, p.version, p.created_at, p.updated_at,
				    (SELECT COUNT(*) FROM action_plan_items i WHERE i.plan_id = p.id) AS items,
				    (SELECT COUNT(*) FROM action_plan_items i WHERE i.plan_id = p.id AND i.status = 'DONE') AS done,
				    (SELECT COUNT(*) FROM action_plan_items i WHERE i.plan_id = p.id AND i.status = 'DROPPED') AS dropped
				FROM action_plans p""" + where + " ORDER BY p.created_at DESC, p.id");
		if (analysisId != null) {
			statement = statement.param("analysis", analysisId);
		}
		List<CountedPlan> rows = statement
			.query((rs, n) -> new CountedPlan(stored(rs), rs.getInt("items"), rs.getInt("done"), rs.getInt("dropped")))
			.list();
		Map<String, AnalysisHeader> headers = analyses
			.headers(rows.stream().map(row -> row.plan().analysisId()).collect(Collectors.toSet()));
		var visible = scope.restriction();
		return rows.stream().filter(row -> headers.containsKey(row.plan().analysisId()))
			.filter(row -> visible.isEmpty() || visible.get().contains(headers.get(row.plan().analysisId()).client()))
			.map(row -> {
				StoredPlan plan = row.plan();
				AnalysisHeader analysis = headers.get(plan.analysisId());
				return new ActionPlan.Header(plan.id(), plan.analysisId(), plan.title(), analysis.client(),
						analysis.wave(), plan.version(), row.items(), row.done(), row.dropped(), plan.createdAt(),
						plan.updatedAt());
			})
			.toList();
	}

	/**
	 * Per analysis among these that has plans: the percent done of the items not dropped, over all its plans (none
	 * when every item was dropped). One grouped query for the listed analyses rather than every plan with its counts.
	 */
	public Map<String, Integer> progressOf(Collection<String> analysisIds) {
		if (analysisIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Integer> progress = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT p.analysis_id,
				    SUM(CASE WHEN i.status = 'DONE' THEN 1 ELSE 0 END),
				    SUM(CASE WHEN i.status <> 'DROPPED' THEN 1 ELSE 0 END)
				FROM action_plans p JOIN action_plan_items i ON i.plan_id = p.id
				WHERE p.analysis_id IN (:ids)
				GROUP BY p.analysis_id""")
			.param("ids", List.copyOf(analysisIds))
			.query(rs -> {
				int kept = rs.getInt(3);
				if (kept > 0) {
					progress.put(rs.getString(1), (int) Math.round(100.0 * rs.getInt(2) / kept));
				}
			});
		return progress;
	}

	/** Deletes every plan made on an analysis with their items (before the analysis itself goes). */
	public int deleteByAnalysis(String analysisId) {
		return jdbc.sql("DELETE FROM action_plans WHERE analysis_id = :analysis").param("analysis", analysisId).update();
	}

	/** Every plan made on one analysis, with its items. */
	public List<ActionPlan> findByAnalysis(String analysisId) {
		return jdbc.sql(PLAN_COLUMNS + " WHERE p.analysis_id = :analysis ORDER BY p.created_at, p.id")
			.param("analysis", analysisId)
			.query((rs, n) -> stored(rs))
			.list()
			.stream()
			.map(this::plan)
			.flatMap(Optional::stream)
			.toList();
	}

	/** The plan with its items and its analysis's client, wave and language; empty when the analysis is gone. */
	private Optional<ActionPlan> plan(StoredPlan plan) {
		return Optional.ofNullable(analyses.headers(List.of(plan.analysisId())).get(plan.analysisId()))
			.map(analysis -> new ActionPlan(plan.id(), plan.analysisId(), plan.title(), analysis.client(),
					analysis.wave(), analysis.language(), plan.version(), plan.createdAt(), plan.updatedAt(),
					items(plan.id())));
	}

	private static StoredPlan stored(ResultSet rs) throws SQLException {
		return new StoredPlan(rs.getString("id"), rs.getString("analysis_id"), rs.getString("title"),
				rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	/** A row of action_plans as stored. */
	private record StoredPlan(String id, String analysisId, String title, int version, Instant createdAt,
			Instant updatedAt) {
	}

	private record CountedPlan(StoredPlan plan, int items, int done, int dropped) {
	}

	private List<ActionPlan.Item> items(String planId) {
		return jdbc.sql("SELECT * FROM action_plan_items WHERE plan_id = :plan ORDER BY item_rank, id")
			.param("plan", planId)
			.query((rs, n) -> item(rs))
			.list();
	}

	private ActionPlan.Item item(ResultSet rs) throws SQLException {
		String addresses = rs.getString("addresses");
		String kpiName = rs.getString("kpi_name");
		String kpiCriterion = rs.getString("kpi_criterion");
		double target = rs.getDouble("kpi_target");
		Double kpiTarget = rs.wasNull() ? null : target;
		ActionPlan.Kpi kpi = kpiName == null && kpiCriterion == null && kpiTarget == null ? null
				: new ActionPlan.Kpi(kpiName, kpiCriterion, kpiTarget);
		String horizon = rs.getString("horizon");
		Date due = rs.getDate("due_date");
		return new ActionPlan.Item(rs.getString("id"), rs.getInt("item_rank"), rs.getString("recommendation_id"),
				rs.getString("title"), RecommendationKind.valueOf(rs.getString("kind")),
				addresses.isEmpty() ? List.of() : Arrays.asList(addresses.split(",")), kpi, rs.getString("owner_role"),
				rs.getString("owner"), horizon == null ? null : Horizon.fromLabel(horizon),
				due == null ? null : due.toLocalDate(), ItemStatus.valueOf(rs.getString("status")),
				rs.getString("note"), json.readValue(rs.getString("training_actions"), TRAINING));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
