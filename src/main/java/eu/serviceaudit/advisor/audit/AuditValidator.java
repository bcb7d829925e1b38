package eu.serviceaudit.advisor.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.audit.AuditRequest.FindingInput;
import eu.serviceaudit.advisor.audit.AuditRequest.LocationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ObservationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ResponseInput;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.system.admission.AdmissionProperties;
import eu.serviceaudit.advisor.system.FieldErrors;
import eu.serviceaudit.advisor.system.HelperThreads;
import eu.serviceaudit.advisor.system.InputBounds;
import eu.serviceaudit.advisor.system.Language;

import static eu.serviceaudit.advisor.system.FieldErrors.clip;

/**
 * Turns a posted audit into a valid {@link Audit} or refuses it naming every bad field by JSON pointer. Nothing is
 * stored before this has passed.
 */
@Component
public class AuditValidator {

	static final int MAX_TEXT = 300;

	static final int MAX_COMMENT = 4_000;

	private static final String BOUNDED_SCORE = "must be between -1e9 and 1e9, so that scores normalise without overflow";

	/**
	 * From this many findings and responses on, the later observations are checked on a helper thread while the
	 * request's thread checks the earlier ones: a 12,000-finding audit took 7-13 ms on one core (docs/performance.md,
	 * issue 10); below it, handing work over costs more than it saves.
	 */
	static final int SPLIT_FROM_ITEMS = 2_000;

	private final CriteriaCatalogue criteria;

	private final int maxItems;

	private final Executor helpers;

	public AuditValidator(CriteriaCatalogue criteria) {
		this(criteria, AdmissionProperties.defaults(), HelperThreads.CALLER);
	}

	@org.springframework.beans.factory.annotation.Autowired
	public AuditValidator(CriteriaCatalogue criteria, AdmissionProperties admission, HelperThreads helpers) {
		this(criteria, admission, (Executor) helpers);
	}

	public AuditValidator(CriteriaCatalogue criteria, AdmissionProperties admission, Executor helpers) {
		this.criteria = criteria;
		this.maxItems = admission.maxItems();
		this.helpers = helpers;
	}

	/** The most findings and survey responses one audit may have (docs/api.md, "Limits"). */
	public int maxItems() {
		return maxItems;
	}

	/** The error that refuses an audit over the cap. */
	public static String overCap(int maxItems, String counted) {
		return "an audit has at most " + maxItems + " findings and survey responses in all; this one has " + counted
				+ ": split it into several audits";
	}

	public Audit validate(AuditRequest request) {
		FieldErrors errors = new FieldErrors();
		if (request == null) {
			errors.add("", "the audit is empty");
			errors.throwIfAny();
		}
		String client = errors.requiredText(request.client(), "/client", MAX_TEXT);
		String wave = errors.requiredText(request.wave(), "/wave", 100);
		Language language = Language.DEFAULT;
		if (request.language() != null) {
			language = Language.fromCode(request.language()).orElse(null);
			if (language == null) {
				errors.add("/language", "must be one of en, et, lv, ru, uk");
			}
		}
		Sector sector = Sector.DEFAULT;
		if (request.sector() != null) {
			sector = Sector.fromCode(request.sector()).orElse(null);
			if (sector == null) {
				errors.add("/sector", "must be one of RETAIL, FOOD_SERVICE, HOSPITALITY, BANKING, CONTACT_CENTRE, "
						+ "PUBLIC_SERVICE, INTERNAL_SERVICE");
			}
		}
		long items = items(request.observations());
		if (items > maxItems) {
			errors.add("/observations", overCap(maxItems, Long.toString(items)));
			throw errors.exception();
		}
		List<Audit.Location> locations = locations(request.locations(), errors);
		Set<String> locationIds = locations.stream().map(Audit.Location::id).collect(Collectors.toSet());
		List<Observation> observations = observations(request.observations(), locationIds, items, errors);
		errors.throwIfAny();
		return new Audit(client, wave, language, sector, locations, observations);
	}

	private static long items(List<ObservationInput> observations) {
		if (observations == null) {
			return 0;
		}
		long items = 0;
		for (ObservationInput o : observations) {
			if (o != null) {
				items += (o.findings() == null ? 0 : o.findings().size()) + (o.responses() == null ? 0 : o.responses().size());
			}
		}
		return items;
	}

	private List<Audit.Location> locations(List<LocationInput> inputs, FieldErrors errors) {
		List<Audit.Location> locations = new ArrayList<>();
		if (inputs == null) {
			return locations;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			String at = "/locations/" + i;
			LocationInput input = inputs.get(i);
			if (input == null) {
				errors.add(at, "must be an object with an id");
				continue;
			}
			String id = errors.requiredText(input.id(), at + "/id", 100);
			if (id != null && !seen.add(id)) {
				errors.add(at + "/id", "duplicate location id '" + id + "'");
			}
			String name = errors.optionalText(input.name(), at + "/name", MAX_TEXT);
			if (id != null) {
				locations.add(new Audit.Location(id, name == null ? id : name));
			}
		}
		return locations;
	}

	/**
	 * The observations in order, their errors in order. A large audit is checked in two parts, the later part on a
	 * helper thread with errors of its own that are appended after the earlier part's: the same errors in the same
	 * order as one pass. Which ids repeat one before is decided first, in order, for both parts.
	 */
	private List<Observation> observations(List<ObservationInput> inputs, Set<String> locationIds, long items,
			FieldErrors errors) {
		if (inputs == null || inputs.isEmpty()) {
			errors.add("/observations", "an audit needs at least one observation");
			return new ArrayList<>();
		}
		boolean[] repeated = repeatedIds(inputs);
		int split = items >= SPLIT_FROM_ITEMS ? half(inputs, items) : inputs.size();
		if (split <= 0 || split >= inputs.size()) {
			return observations(inputs, 0, inputs.size(), repeated, locationIds, errors);
		}
		FieldErrors laterErrors = new FieldErrors();
		CompletableFuture<List<Observation>> later = HelperThreads.supply(helpers,
				() -> observations(inputs, split, inputs.size(), repeated, locationIds, laterErrors));
		List<Observation> observations = observations(inputs, 0, split, repeated, locationIds, errors);
		observations.addAll(HelperThreads.join(later));
		errors.addAll(laterErrors);
		return observations;
	}

	/** Whether each observation's id (as checked: stripped, when valid) is one that an earlier observation had. */
	private static boolean[] repeatedIds(List<ObservationInput> inputs) {
		boolean[] repeated = new boolean[inputs.size()];
		FieldErrors ignored = new FieldErrors();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			ObservationInput input = inputs.get(i);
			String id = input == null ? null : ignored.requiredText(input.id(), "", 100);
			repeated[i] = id != null && !seen.add(id);
		}
		return repeated;
	}

	/** The first observation of the later half, counting findings and responses, so that both parts weigh alike. */
	private static int half(List<ObservationInput> inputs, long items) {
		long counted = 0;
		for (int i = 0; i < inputs.size(); i++) {
			ObservationInput o = inputs.get(i);
			if (o != null) {
				counted += (o.findings() == null ? 0 : o.findings().size())
						+ (o.responses() == null ? 0 : o.responses().size());
			}
			if (counted * 2 >= items) {
				return i + 1;
			}
		}
		return inputs.size();
	}

	private List<Observation> observations(List<ObservationInput> inputs, int from, int to, boolean[] repeated,
			Set<String> locationIds, FieldErrors errors) {
		List<Observation> observations = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			String at = "/observations/" + i;
			ObservationInput input = inputs.get(i);
			if (input == null) {
				errors.add(at, "must be an object");
				continue;
			}
			String id = errors.requiredText(input.id(), at + "/id", 100);
			if (id != null && repeated[i]) {
				errors.add(at + "/id", "duplicate observation id '" + id + "'");
			}
			Method method = errors.requiredEnum(input.method(), at + "/method", Method.class);
			Channel channel = input.channel() == null ? null
					: errors.requiredEnum(input.channel(), at + "/channel", Channel.class);
			String locationId = input.locationId();
			if (locationId != null && !locationIds.contains(locationId)) {
				errors.add(at + "/locationId", "unknown location '" + clip(locationId) + "': declare it in /locations");
			}
			LocalDate date = errors.date(input.date(), at + "/date");
			boolean noFindings = input.findings() == null || input.findings().isEmpty();
			boolean noResponses = input.responses() == null || input.responses().isEmpty();
			if (noFindings && noResponses) {
				errors.add(at, "an observation needs at least one finding or one response");
			}
			List<Finding> findings = new ArrayList<>();
			if (!noFindings) {
				String findingsAt = at + "/findings/";
				for (int f = 0; f < input.findings().size(); f++) {
					Finding finding = finding(input.findings().get(f), findingsAt, f, id, locationId, method, errors);
					if (finding != null) {
						findings.add(finding);
					}
				}
			}
			List<SurveyResponse> responses = new ArrayList<>();
			if (!noResponses) {
				String responsesAt = at + "/responses/";
				for (int r = 0; r < input.responses().size(); r++) {
					SurveyResponse response = response(input.responses().get(r), responsesAt, id, locationId, r, errors);
					if (response != null) {
						responses.add(response);
					}
				}
			}
			observations.add(new Observation(id, method, locationId, channel, date, findings, responses));
		}
		return observations;
	}

	/** {@code list + index} is the finding's JSON pointer, made only for an error (see FieldErrors#optionalText). */
	private Finding finding(FindingInput input, String list, int index, String observationId, String locationId,
			Method method, FieldErrors errors) {
		if (input == null) {
			errors.add(list + index, "must be an object with criterion and score");
			return null;
		}
		int before = errors.size();
		Supplier<String> at = () -> list + index;
		String criterion = input.criterion();
		if (criterion == null || criterion.isBlank()) {
			errors.add(at.get() + "/criterion", "is required");
		}
		else if (!criteria.contains(criterion)) {
			errors.add(at.get() + "/criterion", "unknown criterion '" + clip(criterion) + "'");
		}
		double min = input.min() == null ? 0 : input.min();
		Double max = input.max();
		Double score = input.score();
		if (!Double.isFinite(min)) {
			errors.add(at.get() + "/min", "must be a finite number");
		}
		else if (Math.abs(min) > InputBounds.MAX_SCORE_MAGNITUDE) {
			errors.add(at.get() + "/min", BOUNDED_SCORE);
			min = Double.NaN;
		}
		if (max == null) {
			errors.add(at.get() + "/max", "is required");
		}
		else if (!Double.isFinite(max)) {
			errors.add(at.get() + "/max", "must be a finite number");
		}
		else if (Math.abs(max) > InputBounds.MAX_SCORE_MAGNITUDE) {
			errors.add(at.get() + "/max", BOUNDED_SCORE);
			max = Double.NaN;
		}
		else if (Double.isFinite(min) && min >= max) {
			errors.add(at.get() + "/max", "must be greater than min (" + min + ")");
		}
		if (score == null) {
			errors.add(at.get() + "/score", "is required");
		}
		else if (!Double.isFinite(score)) {
			errors.add(at.get() + "/score", "must be a finite number");
		}
		else if (max != null && Double.isFinite(max) && Double.isFinite(min) && (score < min || score > max)) {
			errors.add(at.get() + "/score", "must be between min " + min + " and max " + max + ", was " + score);
		}
		String comment = errors.optionalText(input.comment(), () -> at.get() + "/comment", MAX_COMMENT);
		if (errors.size() > before || observationId == null) {
			return null;
		}
		return new Finding(observationId, locationId, method, criterion, score, min, max, comment);
	}

	/** {@code list + index} is the response's JSON pointer, made only for an error (see FieldErrors#optionalText). */
	private SurveyResponse response(ResponseInput input, String list, String observationId, String locationId, int index,
			FieldErrors errors) {
		if (input == null) {
			errors.add(list + index, "must be an object");
			return null;
		}
		int before = errors.size();
		Supplier<String> at = () -> list + index;
		Integer recommend = scale(input.recommend(), at, "/recommend", 0, 10, errors);
		Integer satisfaction = scale(input.satisfaction(), at, "/satisfaction", 1, 5, errors);
		Integer effort = scale(input.effort(), at, "/effort", 1, 7, errors);
		String comment = errors.optionalText(input.comment(), () -> at.get() + "/comment", MAX_COMMENT);
		if (recommend == null && satisfaction == null && effort == null && (comment == null || comment.isBlank())
				&& errors.size() == before) {
			errors.add(at.get(), "a response needs at least one of recommend, satisfaction, effort or comment");
		}
		if (errors.size() > before || observationId == null) {
			return null;
		}
		return new SurveyResponse(observationId, locationId, index, recommend, satisfaction, effort, comment);
	}

	private static Integer scale(Double value, Supplier<String> at, String field, int min, int max, FieldErrors errors) {
		if (value == null) {
			return null;
		}
		if (!Double.isFinite(value) || value != Math.rint(value) || value < min || value > max) {
			errors.add(at.get() + field, "must be a whole number from " + min + " to " + max);
			return null;
		}
		return value.intValue();
	}

}
