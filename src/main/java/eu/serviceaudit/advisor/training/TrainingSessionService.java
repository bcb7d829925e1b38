package eu.serviceaudit.advisor.training;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.system.FieldErrors;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.web.ConflictException;
import eu.serviceaudit.advisor.system.web.NotFoundException;

import static eu.serviceaudit.advisor.system.FieldErrors.clip;

/** Creates, changes and deletes training sessions; every change quotes the version it was based on. */
@Service
public class TrainingSessionService {

	static final int MAX_TITLE = 200;

	static final int MAX_MINUTES = 24 * 60;

	static final int MAX_EXERCISES = 50;

	private final TrainingSessions sessions;

	private final CurrentKnowledgeBase knowledge;

	private final Analyses analyses;

	private final Clock clock = Clock.systemUTC();

	private final TrainingShares shares;

	TrainingSessionService(TrainingSessions sessions, CurrentKnowledgeBase knowledge, Analyses analyses,
			TrainingShares shares) {
		this.shares = shares;
		this.sessions = sessions;
		this.knowledge = knowledge;
		this.analyses = analyses;
	}

	public List<TrainingSession.Header> list() {
		return sessions.list();
	}

	public TrainingSession get(String id) {
		return sessions.find(id).orElseThrow(() -> new NotFoundException("There is no training session with the id '"
				+ clip(id) + "'"));
	}

	@Transactional
	public TrainingSession create(TrainingSessionInput input, String user) {
		Valid valid = validate(input, false);
		Instant now = now();
		TrainingSession session = new TrainingSession(UUID.randomUUID().toString(), valid.title, valid.language, valid.minutes,
				valid.analysisId, 1, user, now, now, valid.items);
		sessions.insert(session);
		return get(session.id());
	}

	@Transactional
	public TrainingSession replace(String id, TrainingSessionInput input) {
		TrainingSession current = get(id);
		Valid valid = validate(input, true);
		if (input.version() != current.version()) {
			throw stale(input.version(), current.version());
		}
		TrainingSession changed = new TrainingSession(id, valid.title, valid.language, valid.minutes, valid.analysisId,
				current.version() + 1, current.createdBy(), current.createdAt(), now(), valid.items);
		if (!sessions.update(changed, input.version())) {
			throw stale(input.version(), current.version());
		}
		return get(id);
	}

	@Transactional
	public void delete(String id) {
		if (!sessions.delete(id)) {
			get(id);
		}
	}

	/** The input that writes the session back as it is, for callers that change one thing. */
	public static TrainingSessionInput inputOf(TrainingSession session) {
		return new TrainingSessionInput(session.title(), session.language(), session.availableMinutes(),
				session.analysisId(), session.items().stream().map(TrainingSession.Item::articleId).toList(),
				session.version());
	}

	/** The weak criteria of an analysis, in the order the analysis lists them. */
	public List<String> weakCriteria(String analysisId) {
		return analyses.find(analysisId)
			.map(a -> a.weaknesses().stream().map(Analysis.Weakness::criterion).distinct().toList())
			.orElseThrow(() -> new NotFoundException("There is no analysis with the id '" + clip(analysisId) + "'"));
	}

	/** Exercises that address any of the weak criteria of an analysis, in the order of the weaknesses. */
	public List<Article> exercisesFor(String analysisId) {
		Set<Article> exercises = new LinkedHashSet<>();
		for (String criterion : weakCriteria(analysisId)) {
			exercises.addAll(knowledge.get().addressing(criterion, ArticleType.EXERCISE));
		}
		return new ArrayList<>(exercises);
	}

	private Valid validate(TrainingSessionInput input, boolean update) {
		FieldErrors errors = new FieldErrors();
		if (input == null) {
			throw new InvalidRequestException("", "send title, availableMinutes and exercises");
		}
		String title = errors.requiredText(input.title(), "/title", MAX_TITLE);
		Language language = Language.DEFAULT;
		if (input.language() != null) {
			language = Language.fromCode(input.language()).orElse(null);
			if (language == null) {
				errors.add("/language", "must be one of en, et, lv, ru, uk");
			}
		}
		Integer minutes = input.availableMinutes();
		if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
			errors.add("/availableMinutes", "must be a whole number of minutes from 1 to " + MAX_MINUTES);
		}
		String analysisId = input.analysisId() == null || input.analysisId().isBlank() ? null : input.analysisId().strip();
		if (analysisId != null && analyses.find(analysisId).isEmpty()) {
			errors.add("/analysisId", "there is no analysis with the id '" + clip(analysisId) + "'");
		}
		else if (analysisId != null && !shares.isShared(analysisId)) {
			errors.add("/analysisId", "this analysis has not been shared for training; a consultant shares it from the "
					+ "analysis page");
		}
		List<String> ids = input.exercises() == null ? List.of() : input.exercises();
		if (ids.size() > MAX_EXERCISES) {
			errors.add("/exercises", "a session has at most " + MAX_EXERCISES + " exercises");
		}
		List<TrainingSession.Item> items = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < ids.size() && i < MAX_EXERCISES; i++) {
			String id = ids.get(i);
			if (id != null && !seen.add(id)) {
				errors.add("/exercises/" + i, "'" + clip(id) + "' is already in the session: an exercise is held once");
				continue;
			}
			Article article = id == null ? null : knowledge.get().find(id).orElse(null);
			if (article == null || article.type() != ArticleType.EXERCISE) {
				errors.add("/exercises/" + i, "'" + clip(String.valueOf(id)) + "' is not an exercise of the knowledge base");
				continue;
			}
			items.add(new TrainingSession.Item(items.size() + 1, article.id(),
					article.durationMinutes() == null ? 0 : article.durationMinutes()));
		}
		if (update && input.version() == null) {
			errors.add("/version", "is required: send the version you last read");
		}
		errors.throwIfAny();
		return new Valid(title, language.code(), minutes, analysisId, items);
	}

	private record Valid(String title, String language, int minutes, String analysisId, List<TrainingSession.Item> items) {
	}

	private static ConflictException stale(int sent, int current) {
		return new ConflictException("The session was changed meanwhile: you sent version " + sent + ", it is at version "
				+ current + ". Reload it and apply your change again; nothing was changed.");
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
