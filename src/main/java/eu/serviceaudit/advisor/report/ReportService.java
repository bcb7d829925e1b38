package eu.serviceaudit.advisor.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.Analysis.Recommendation;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.plan.ActionPlanService;
import eu.serviceaudit.advisor.report.ReportEdit.NoteEdit;
import eu.serviceaudit.advisor.report.ReportEdit.RecommendationEdit;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.web.ConflictException;
import eu.serviceaudit.advisor.system.web.NotFoundException;

/**
 * Reads, edits and publishes reports. Every write is one transaction guarded by the report's version, and is kept
 * in the report's history with who made it and when. Drafts are shown only to those who may edit them.
 */
@Service
public class ReportService {

	private final Reports reports;

	private final Analyses analyses;

	private final ActionPlanService plans;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	ReportService(Reports reports, Analyses analyses, ActionPlanService plans, JsonMapper json) {
		this.reports = reports;
		this.analyses = analyses;
		this.plans = plans;
		this.json = json;
	}

	/**
	 * The report on an analysis. A reader who may not see drafts gets a 404 for a draft, as if there were no report
	 * yet: a draft is the consultant's.
	 */
	public Report get(String analysisId, boolean seesDrafts) {
		Analysis analysis = analyses.get(analysisId);
		Report report = assemble(analysis, stateOf(analysis).state());
		if (!seesDrafts && !report.published()) {
			throw new NotFoundException("The report on analysis '" + ReportFields.clip(analysisId)
					+ "' has not been published yet.");
		}
		return report;
	}

	/** The changes of a report, newest first. */
	public List<HistoryEntry> history(String analysisId, int limit) {
		analyses.get(analysisId);
		return reports.history(analysisId, limit)
			.stream()
			.map(row -> new HistoryEntry(row.version(), row.action(), row.changedBy(), row.changedAt(),
					json.readTree(row.changes())))
			.toList();
	}

	public record HistoryEntry(int version, String action, String changedBy, Instant changedAt, Object changes) {
	}

	@Transactional
	public Report edit(String analysisId, ReportEdit edit, String user) {
		Analysis analysis = analyses.get(analysisId);
		Stored current = stateOf(analysis);
		ReportFields fields = new ReportFields();
		if (edit == null || edit.version() == null) {
			fields.add("/version", "is required: send the version you last read");
			fields.throwIfAny();
		}
		checkVersion(current.state(), edit.version());
		ReportState state = current.state();
		String summary = edit.summary() == null ? state.summary()
				: fields.text(edit.summary(), "/summary", ReportFields.MAX_SUMMARY);
		Map<String, ReportState.Edit> edits = edits(analysis, state, edit.recommendations(), fields);
		Map<String, String> notes = notes(analysis, state, edit.locationNotes(), fields);
		List<String> headline = edit.headline() == null ? state.headline() : headline(edit.headline(), fields);
		fields.throwIfAny();
		checkHeadline(analysis, headline, edits, fields);
		fields.throwIfAny();
		Instant now = now();
		ReportState next = new ReportState(state.status(), state.version() + 1, summary, headline, edits, notes, now,
				user, state.publishedAt(), state.publishedBy());
		return store(analysis, current, next, "EDIT", changes(state, next));
	}

	/** Publishes the report as it stands; {@code version}, when sent, must be the current one. */
	@Transactional
	public Report publish(String analysisId, Integer version, String user) {
		Analysis analysis = analyses.get(analysisId);
		Stored current = stateOf(analysis);
		ReportState state = current.state();
		if (version != null) {
			checkVersion(state, version);
		}
		ReportFields fields = new ReportFields();
		checkHeadline(analysis, state.headline(), state.edits(), fields);
		fields.throwIfAny();
		Instant now = now();
		ReportState next = new ReportState(ReportStatus.PUBLISHED, state.version() + 1, state.summary(),
				state.headline(), state.edits(), state.notes(), now, user, now, user);
		return store(analysis, current, next, "PUBLISH",
				List.of(change("/status", state.status().name(), ReportStatus.PUBLISHED.name())));
	}

	/**
	 * The action plan of a published report: one item per headline recommendation, in the report's order and
	 * wording, made by the plan feature. The report's history records it.
	 */
	@Transactional
	public ActionPlan createPlan(String analysisId, String title, String user) {
		Report report = get(analysisId, true);
		if (!report.published()) {
			throw new InvalidRequestException("/status",
					"publish the report first: the plan is made from the published report's headline");
		}
		Map<String, String> titles = new LinkedHashMap<>();
		report.headline().forEach(id -> report.item(id).ifPresent(item -> titles.put(id, item.title())));
		ActionPlan plan = plans.create(analysisId, report.headline(), title, titles);
		reports.addHistory(analysisId, report.version(), "PLAN", user, now(),
				json.writeValueAsString(List.of(change("/actionPlan", null, plan.id()))));
		return plan;
	}

	private Report store(Analysis analysis, Stored current, ReportState next, String action,
			List<Map<String, Object>> changes) {
		boolean claimed = current.stored() ? reports.claim(analysis.id(), current.state().version(), next)
				: reports.insert(analysis.id(), next);
		if (!claimed) {
			throw stale(current.state().version());
		}
		reports.replaceChoices(analysis.id(), next);
		reports.addHistory(analysis.id(), next.version(), action, next.updatedBy(), next.updatedAt(),
				json.writeValueAsString(changes));
		return assemble(analysis, next);
	}

	private record Stored(ReportState state, boolean stored) {
	}

	private Stored stateOf(Analysis analysis) {
		return reports.find(analysis.id())
			.map(state -> new Stored(state, true))
			.orElseGet(() -> new Stored(initial(analysis), false));
	}

	/** The draft nobody has touched: it leads with the three best-ranked recommendations. */
	private static ReportState initial(Analysis analysis) {
		List<String> headline = ranked(analysis).stream()
			.limit(ReportFields.MIN_HEADLINE)
			.map(Recommendation::id)
			.toList();
		return new ReportState(ReportStatus.DRAFT, 1, null, headline, Map.of(), Map.of(), analysis.createdAt(), null,
				null, null);
	}

	static List<Recommendation> ranked(Analysis analysis) {
		return analysis.recommendations().stream().sorted(Comparator.comparingInt(Recommendation::rank)).toList();
	}

	static Report assemble(Analysis analysis, ReportState state) {
		List<Report.Item> items = new ArrayList<>();
		for (Recommendation r : ranked(analysis)) {
			ReportState.Edit edit = state.edits().get(r.id());
			Report.Original original = new Report.Original(r.title(), r.summary());
			if (edit == null) {
				items.add(new Report.Item(r.id(), r.rank(), r.title(), r.summary(), false, null, null, original));
			}
			else {
				items.add(new Report.Item(r.id(), r.rank(), edit.title() == null ? r.title() : edit.title(),
						edit.text() == null ? r.summary() : edit.text(), edit.hidden() || edit.mergedInto() != null,
						edit.hiddenReason(), edit.mergedInto(), original));
			}
		}
		List<Report.LocationNote> notes = state.notes().entrySet().stream()
			.map(e -> new Report.LocationNote(e.getKey(), e.getValue()))
			.toList();
		return new Report(analysis.id(), state.status(), state.version(), state.summary(), state.headline(), items,
				notes, state.updatedAt(), state.updatedBy(), state.publishedAt(), state.publishedBy());
	}

	private static Map<String, ReportState.Edit> edits(Analysis analysis, ReportState state,
			List<RecommendationEdit> input, ReportFields fields) {
		Map<String, ReportState.Edit> edits = new LinkedHashMap<>(state.edits());
		if (input == null) {
			return edits;
		}
		Map<String, Recommendation> byId = new LinkedHashMap<>();
		analysis.recommendations().forEach(r -> byId.put(r.id(), r));
		if (input.size() > byId.size()) {
			fields.add("/recommendations", "lists " + input.size() + " recommendations, the analysis has " + byId.size());
			return edits;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < input.size(); i++) {
			String at = "/recommendations/" + i;
			RecommendationEdit in = input.get(i);
			if (in == null) {
				fields.add(at, "must be an object");
				continue;
			}
			String id = fields.id(in.id(), at + "/id");
			if (id == null) {
				continue;
			}
			Recommendation r = byId.get(id);
			if (r == null) {
				fields.add(at + "/id", "the analysis has no recommendation '" + ReportFields.clip(id) + "'");
				continue;
			}
			if (!seen.add(id)) {
				fields.add(at + "/id", "recommendation '" + ReportFields.clip(id) + "' is listed twice");
				continue;
			}
			String title = fields.text(in.title(), at + "/title", ReportFields.MAX_TITLE);
			String text = fields.text(in.text(), at + "/text", ReportFields.MAX_TEXT);
			boolean hidden = Boolean.TRUE.equals(in.hidden());
			String reason = fields.text(in.hiddenReason(), at + "/hiddenReason", ReportFields.MAX_REASON);
			if (hidden && reason == null && (in.hiddenReason() == null || in.hiddenReason().length() <= ReportFields.MAX_REASON)) {
				fields.add(at + "/hiddenReason", "is required when the recommendation is hidden: say why");
			}
			String mergedInto = in.mergedInto() == null ? null : fields.id(in.mergedInto(), at + "/mergedInto");
			if (mergedInto != null) {
				if (mergedInto.equals(id)) {
					fields.add(at + "/mergedInto", "a recommendation cannot be merged into itself");
				}
				else if (!byId.containsKey(mergedInto)) {
					fields.add(at + "/mergedInto", "the analysis has no recommendation '" + ReportFields.clip(mergedInto) + "'");
				}
			}
			edits.put(id, new ReportState.Edit(Objects.equals(title, strip(r.title())) ? null : title,
					Objects.equals(text, strip(r.summary())) ? null : text, hidden, hidden ? reason : null, mergedInto));
		}
		edits.values().removeIf(ReportState.Edit::untouched);
		// every merge, also one made earlier, must end at a recommendation the report shows: no chains, no hidden target
		Map<String, Integer> listedAt = new LinkedHashMap<>();
		for (int i = 0; i < input.size(); i++) {
			if (input.get(i) != null && input.get(i).id() != null) {
				listedAt.putIfAbsent(input.get(i).id().strip(), i);
			}
		}
		edits.forEach((id, edit) -> {
			ReportState.Edit target = edit.mergedInto() == null ? null : edits.get(edit.mergedInto());
			if (target == null) {
				return;
			}
			Integer at = listedAt.get(id);
			String pointer = at == null ? "/recommendations" : "/recommendations/" + at + "/mergedInto";
			if (target.mergedInto() != null) {
				fields.add(pointer, "'" + ReportFields.clip(id) + "' would be merged into '" + ReportFields.clip(edit.mergedInto())
						+ "', which is itself merged into another recommendation; merge into that one");
			}
			else if (target.hidden()) {
				fields.add(pointer, "'" + ReportFields.clip(id) + "' would be merged into '" + ReportFields.clip(edit.mergedInto())
						+ "', which is hidden; merge into a recommendation the report shows");
			}
		});
		return edits;
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	private Map<String, String> notes(Analysis analysis, ReportState state, List<NoteEdit> input,
			ReportFields fields) {
		Map<String, String> notes = new LinkedHashMap<>(state.notes());
		if (input == null) {
			return notes;
		}
		Set<String> locations = new HashSet<>();
		analysisLocations(analysis).forEach(locations::add);
		if (input.size() > locations.size()) {
			fields.add("/locationNotes", "lists " + input.size() + " notes, the audit has " + locations.size() + " locations");
			return notes;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < input.size(); i++) {
			String at = "/locationNotes/" + i;
			NoteEdit in = input.get(i);
			if (in == null) {
				fields.add(at, "must be an object");
				continue;
			}
			String location = fields.id(in.locationId(), at + "/locationId");
			if (location == null) {
				continue;
			}
			if (!locations.contains(location)) {
				fields.add(at + "/locationId", "the audit has no location '" + ReportFields.clip(location) + "'");
				continue;
			}
			if (!seen.add(location)) {
				fields.add(at + "/locationId", "location '" + ReportFields.clip(location) + "' is listed twice");
				continue;
			}
			String note = fields.text(in.note(), at + "/note", ReportFields.MAX_NOTE);
			if (note == null) {
				notes.remove(location);
			}
			else {
				notes.put(location, note);
			}
		}
		return notes;
	}

	private List<String> analysisLocations(Analysis analysis) {
		return analyses.findAudit(analysis.id())
			.map(audit -> audit.locations().stream().map(Audit.Location::id).toList())
			.orElse(List.of());
	}

	private static List<String> headline(List<String> input, ReportFields fields) {
		if (input.size() > ReportFields.MAX_HEADLINE) {
			fields.add("/headline", "choose at most " + ReportFields.MAX_HEADLINE + " headline recommendations, not "
					+ input.size());
			return List.of();
		}
		List<String> headline = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < input.size(); i++) {
			String id = fields.id(input.get(i), "/headline/" + i);
			if (id != null && !seen.add(id)) {
				fields.add("/headline/" + i, "recommendation '" + ReportFields.clip(id) + "' is picked twice");
			}
			else if (id != null) {
				headline.add(id);
			}
		}
		return headline;
	}

	/** Three to five shown recommendations (fewer only when the report shows fewer than three). */
	private static void checkHeadline(Analysis analysis, List<String> headline, Map<String, ReportState.Edit> edits,
			ReportFields fields) {
		Set<String> ids = new HashSet<>();
		analysis.recommendations().forEach(r -> ids.add(r.id()));
		long shown = ids.stream().filter(id -> visible(edits.get(id))).count();
		for (int i = 0; i < headline.size(); i++) {
			String id = headline.get(i);
			if (!ids.contains(id)) {
				fields.add("/headline/" + i, "the analysis has no recommendation '" + ReportFields.clip(id) + "'");
			}
			else if (!visible(edits.get(id))) {
				fields.add("/headline/" + i, "recommendation '" + ReportFields.clip(id)
						+ "' is hidden or merged into another; pick one the report shows");
			}
		}
		long least = Math.min(ReportFields.MIN_HEADLINE, shown);
		if (headline.size() < least || headline.size() > ReportFields.MAX_HEADLINE) {
			fields.add("/headline", "pick " + least + " to " + ReportFields.MAX_HEADLINE
					+ " headline recommendations, not " + headline.size());
		}
	}

	private static boolean visible(ReportState.Edit edit) {
		return edit == null || (!edit.hidden() && edit.mergedInto() == null);
	}

	private static List<Map<String, Object>> changes(ReportState before, ReportState after) {
		List<Map<String, Object>> changes = new ArrayList<>();
		if (!Objects.equals(before.summary(), after.summary())) {
			changes.add(change("/summary", before.summary(), after.summary()));
		}
		if (!before.headline().equals(after.headline())) {
			changes.add(change("/headline", before.headline(), after.headline()));
		}
		Set<String> ids = new java.util.TreeSet<>(before.edits().keySet());
		ids.addAll(after.edits().keySet());
		for (String id : ids) {
			ReportState.Edit was = before.edits().get(id);
			ReportState.Edit is = after.edits().get(id);
			if (!Objects.equals(was, is)) {
				changes.add(change("/recommendations/" + id, was, is));
			}
		}
		Set<String> locations = new java.util.TreeSet<>(before.notes().keySet());
		locations.addAll(after.notes().keySet());
		for (String location : locations) {
			if (!Objects.equals(before.notes().get(location), after.notes().get(location))) {
				changes.add(change("/locationNotes/" + location, before.notes().get(location), after.notes().get(location)));
			}
		}
		return changes;
	}

	private static Map<String, Object> change(String field, Object before, Object after) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("field", field);
		change.put("before", before);
		change.put("after", after);
		return change;
	}

	private static void checkVersion(ReportState current, int sent) {
		if (current.version() != sent) {
			throw new ConflictException("The report was changed meanwhile: you sent version " + sent
					+ ", it is at version " + current.version()
					+ ". Reload it, reapply your change and send it again; nothing was changed.");
		}
	}

	private static ConflictException stale(int sent) {
		return new ConflictException("The report was changed meanwhile (version " + sent
				+ " is no longer current). Reload it, reapply your change and send it again; nothing was changed.");
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
