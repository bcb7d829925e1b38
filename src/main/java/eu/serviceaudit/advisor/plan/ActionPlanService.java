package eu.serviceaudit.advisor.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.Analysis.Recommendation;
import eu.serviceaudit.advisor.analysis.Horizon;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.plan.PlanRequests.ItemUpdate;
import eu.serviceaudit.advisor.plan.PlanRequests.KpiInput;
import eu.serviceaudit.advisor.plan.PlanRequests.NewPlan;
import eu.serviceaudit.advisor.plan.PlanRequests.PlanUpdate;
import eu.serviceaudit.advisor.system.FieldErrors;
import eu.serviceaudit.advisor.system.web.ConflictException;
import eu.serviceaudit.advisor.system.web.NotFoundException;

import static eu.serviceaudit.advisor.system.FieldErrors.clip;

/** Creates plans from analyses and applies edits; every write is one transaction guarded by the plan's version. */
@Service
public class ActionPlanService {

	static final int MAX_TITLE = 300;

	static final int MAX_NAME = 200;

	/** The column action_plan_items.owner_role holds 100 characters. */
	static final int MAX_OWNER_ROLE = 100;

	static final int MAX_NOTE = 4_000;

	private final ActionPlans plans;

	private final Analyses analyses;

	private final CriteriaCatalogue criteria;

	private final Clock clock = Clock.systemUTC();

	ActionPlanService(ActionPlans plans, Analyses analyses, CriteriaCatalogue criteria) {
		this.plans = plans;
		this.analyses = analyses;
		this.criteria = criteria;
	}

	public ActionPlan get(String id) {
		return plans.find(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * A plan from chosen recommendations of an analysis, for other features (the published report): the items keep
	 * the order of {@code recommendationIds}, and {@code itemTitles} words an item's title as the caller does.
	 */
	@Transactional
	public ActionPlan create(String analysisId, List<String> recommendationIds, String title,
			Map<String, String> itemTitles) {
		return create(new NewPlan(analysisId, recommendationIds, title), itemTitles, false);
	}

	@Transactional
	public ActionPlan create(NewPlan request) {
		return create(request, Map.of(), true);
	}

	private ActionPlan create(NewPlan request, Map<String, String> itemTitles, boolean byRank) {
		FieldErrors fields = new FieldErrors();
		if (request == null) {
			fields.add("", "the plan request is empty");
			fields.throwIfAny();
		}
		Analysis analysis = null;
		String analysisId = fields.requiredText(request.analysisId(), "/analysisId", 100);
		if (analysisId != null) {
			analysis = analyses.find(analysisId).orElse(null);
			if (analysis == null) {
				fields.add("/analysisId", "there is no analysis with the id '" + clip(analysisId) + "'");
			}
		}
		String title = fields.optionalText(request.title(), "/title", MAX_TITLE);
		List<Recommendation> chosen = chosen(request.recommendationIds(), analysis, fields);
		fields.throwIfAny();
		String id = UUID.randomUUID().toString();
		Instant now = now();
		plans.insertPlan(id, analysis.id(), title != null ? title : analysis.client() + " — " + analysis.wave(), now);
		if (byRank) {
			chosen.sort(Comparator.comparingInt(Recommendation::rank));
		}
		for (int i = 0; i < chosen.size(); i++) {
			ActionPlan.Item item = copy(chosen.get(i), i + 1, now);
			String worded = itemTitles.get(item.recommendationId());
			plans.insertItem(id, worded == null || worded.isBlank() || worded.length() > MAX_TITLE ? item
					: new ActionPlan.Item(item.id(), item.rank(), item.recommendationId(), worded, item.kind(),
							item.addresses(), item.kpi(), item.ownerRole(), item.owner(), item.horizon(), item.dueDate(),
							item.status(), item.note(), item.trainingActions()));
		}
		return get(id);
	}

	private static List<Recommendation> chosen(List<String> ids, Analysis analysis, FieldErrors fields) {
		List<Recommendation> chosen = new ArrayList<>();
		if (ids == null || ids.isEmpty()) {
			fields.add("/recommendationIds", "choose at least one recommendation of the analysis");
			return chosen;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String at = "/recommendationIds/" + i;
			String id = ids.get(i);
			if (id == null || id.isBlank()) {
				fields.add(at, "is required");
			}
			else if (!seen.add(id)) {
				fields.add(at, "recommendation '" + clip(id) + "' is chosen twice");
			}
			else if (analysis != null) {
				recommendation(analysis, id).ifPresentOrElse(chosen::add,
						() -> fields.add(at, "the analysis has no recommendation '" + clip(id) + "'"));
			}
		}
		return chosen;
	}

	private static Optional<Recommendation> recommendation(Analysis analysis, String id) {
		return analysis.recommendations().stream().filter(r -> id.equals(r.id())).findFirst();
	}

	/** An item as the recommendation proposes it: owned by its role, due by its horizon, open. */
	private ActionPlan.Item copy(Recommendation r, int rank, Instant now) {
		ActionPlan.Kpi kpi = r.kpi() == null ? null
				: new ActionPlan.Kpi(r.kpi().name(), r.kpi().criterion(), r.kpi().target());
		return new ActionPlan.Item(UUID.randomUUID().toString(), rank, r.id(), r.title(), r.kind(),
				r.addresses() == null ? List.of() : r.addresses(), kpi, r.ownerRole(), r.ownerRole(), r.horizon(),
				dueDate(r.horizon(), now), ItemStatus.OPEN, null,
				r.trainingActions() == null ? List.of() : r.trainingActions());
	}

	static LocalDate dueDate(Horizon horizon, Instant from) {
		if (horizon == null) {
			return null;
		}
		LocalDate today = LocalDate.ofInstant(from, ZoneOffset.UTC);
		return switch (horizon) {
			case NOW -> today.plusDays(7);
			case DAYS_30 -> today.plusDays(30);
			case DAYS_90 -> today.plusDays(90);
		};
	}

	/** PUT: the whole plan as the client last saw it, with that version. */
	@Transactional
	public ActionPlan replace(String id, PlanUpdate update) {
		ActionPlan current = get(id);
		FieldErrors fields = new FieldErrors();
		if (update == null || update.version() == null) {
			fields.add("/version", "is required: send the version you last read");
			fields.throwIfAny();
		}
		checkVersion(current, update.version());
		String title = fields.requiredText(update.title(), "/title", MAX_TITLE);
		if (update.items() == null) {
			fields.add("/items", "is required (an empty list removes every item)");
			fields.throwIfAny();
		}
		Map<String, ActionPlan.Item> existing = new HashMap<>();
		current.items().forEach(item -> existing.put(item.id(), item));
		Analysis analysis = analyses.get(current.analysisId());
		Instant now = now();
		List<ActionPlan.Item> kept = new ArrayList<>();
		List<ActionPlan.Item> added = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < update.items().size(); i++) {
			String at = "/items/" + i;
			ItemUpdate input = update.items().get(i);
			if (input == null) {
				fields.add(at, "must be an object");
				continue;
			}
			ActionPlan.Item base;
			if (input.id() != null) {
				base = existing.get(input.id());
				if (base == null) {
					fields.add(at + "/id", "this plan has no item '" + clip(input.id()) + "'");
					continue;
				}
				if (!seen.add(input.id())) {
					fields.add(at + "/id", "item '" + clip(input.id()) + "' appears twice");
					continue;
				}
			}
			else {
				Optional<Recommendation> r = input.recommendationId() == null ? Optional.empty()
						: recommendation(analysis, input.recommendationId());
				if (r.isEmpty()) {
					fields.add(at + "/recommendationId", input.recommendationId() == null
							? "a new item needs the recommendationId it comes from (or the id of an existing item)"
							: "the analysis has no recommendation '" + clip(input.recommendationId()) + "'");
					continue;
				}
				base = copy(r.get(), i + 1, now);
			}
			ActionPlan.Item edited = edit(base, input, i + 1, at, fields);
			(input.id() != null ? kept : added).add(edited);
		}
		fields.throwIfAny();
		if (!plans.claimVersion(id, update.version(), title, now)) {
			throw stale(id, update.version());
		}
		existing.keySet().stream().filter(itemId -> !seen.contains(itemId)).forEach(plans::deleteItem);
		kept.forEach(plans::updateItem);
		added.forEach(item -> plans.insertItem(id, item));
		return get(id);
	}

	private ActionPlan.Item edit(ActionPlan.Item base, ItemUpdate input, int rank, String at, FieldErrors fields) {
		String title = fields.requiredText(input.title() == null ? base.title() : input.title(), at + "/title",
				MAX_TITLE);
		String ownerRole = fields.optionalText(input.ownerRole(), at + "/ownerRole", MAX_OWNER_ROLE);
		String owner = fields.optionalText(input.owner(), at + "/owner", MAX_NAME);
		Horizon horizon = null;
		if (input.horizon() != null) {
			try {
				horizon = Horizon.fromLabel(input.horizon().strip());
			}
			catch (IllegalArgumentException ex) {
				fields.add(at + "/horizon", "unknown value '" + clip(input.horizon()) + "', expected NOW, 30_DAYS or 90_DAYS");
			}
		}
		LocalDate dueDate = fields.date(input.dueDate(), at + "/dueDate");
		ItemStatus status = input.status() == null ? base.status()
				: fields.enumValue(input.status(), at + "/status", ItemStatus.class);
		String note = fields.optionalText(input.note(), at + "/note", MAX_NOTE);
		ActionPlan.Kpi kpi = kpi(input.kpi(), at + "/kpi", fields);
		return new ActionPlan.Item(base.id(), rank, base.recommendationId(), title, base.kind(), base.addresses(), kpi,
				ownerRole, owner, horizon, dueDate, status == null ? base.status() : status, note,
				base.trainingActions());
	}

	private ActionPlan.Kpi kpi(KpiInput input, String at, FieldErrors fields) {
		if (input == null) {
			return null;
		}
		String name = fields.optionalText(input.name(), at + "/name", MAX_TITLE);
		String criterion = input.criterion();
		if (criterion != null && !criteria.contains(criterion)) {
			fields.add(at + "/criterion", "unknown criterion '" + clip(criterion) + "'");
		}
		Double target = input.target();
		if (target != null && (!Double.isFinite(target) || target < 0 || target > 1)) {
			fields.add(at + "/target", "must be a normalised score from 0 to 1");
		}
		return new ActionPlan.Kpi(name, criterion, target);
	}

	/** PATCH of one item: status and note only, what a manager may change. */
	@Transactional
	public ActionPlan updateProgress(String planId, String itemId, Map<String, Object> body) {
		ActionPlan current = get(planId);
		ActionPlan.Item item = current.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
			.orElseThrow(() -> new NotFoundException("The plan has no item with the id '" + clip(itemId) + "'"));
		FieldErrors fields = new FieldErrors();
		if (body == null) {
			fields.add("", "send status, note and version");
			fields.throwIfAny();
		}
		for (String key : body.keySet()) {
			if (!Set.of("status", "note", "version").contains(key)) {
				fields.add("/" + key, "cannot be changed here: only status and note (with the plan's version)");
			}
		}
		Object version = body.get("version");
		if (!(version instanceof Integer) && !(version instanceof Long)) {
			fields.add("/version", "is required: send the plan's version you last read, a whole number");
		}
		ItemStatus status = item.status();
		if (body.containsKey("status")) {
			status = body.get("status") instanceof String text ? fields.enumValue(text, "/status", ItemStatus.class)
					: null;
			if (!(body.get("status") instanceof String)) {
				fields.add("/status", "must be one of OPEN, IN_PROGRESS, DONE, DROPPED");
			}
		}
		String note = item.note();
		if (body.containsKey("note")) {
			Object value = body.get("note");
			if (value != null && !(value instanceof String)) {
				fields.add("/note", "must be text or null");
			}
			else {
				note = fields.optionalText((String) value, "/note", MAX_NOTE);
			}
		}
		if (!body.containsKey("status") && !body.containsKey("note")) {
			fields.add("", "send status or note (or both)");
		}
		fields.throwIfAny();
		int expected = ((Number) version).intValue();
		checkVersion(current, expected);
		if (!plans.claimVersion(planId, expected, null, now())) {
			throw stale(planId, expected);
		}
		plans.updateProgress(itemId, status, note);
		return get(planId);
	}

	private static void checkVersion(ActionPlan current, long sent) {
		if (current.version() != sent) {
			throw new ConflictException("The plan was changed meanwhile: you sent version " + sent + ", it is at version "
					+ current.version() + ". Reload it, reapply your change and send it again; nothing was changed.");
		}
	}

	private static ConflictException stale(String id, long sent) {
		return new ConflictException("The plan was changed meanwhile (version " + sent
				+ " is no longer current). Reload it, reapply your change and send it again; nothing was changed.");
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("There is no action plan with the id '" + clip(id) + "'");
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
