package eu.serviceaudit.advisor.training;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.system.web.FieldMessages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.criteria.CriterionNames;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.system.web.ConflictException;
import eu.serviceaudit.advisor.system.web.Page;

/**
 * The trainer's session builder: create a session, add exercises for the weaknesses of an analysis or by hand, move
 * them up and down, see the total against the time available, print or download the agenda.
 */
@Controller
@Page
class TrainingPagesController {

	static final String LIST_VIEW = "training/list";

	static final String BUILDER_VIEW = "training/builder";

	static final String AGENDA_VIEW = "training/agenda";

	private final TrainingSessionService service;

	private final CurrentKnowledgeBase knowledge;

	private final Analyses analyses;

	private final TrainingShares shares;

	private final CriterionNames names;

	private final MessageSource messages;

	TrainingPagesController(TrainingSessionService service, CurrentKnowledgeBase knowledge, Analyses analyses,
			TrainingShares shares, CriterionNames names, MessageSource messages) {
		this.service = service;
		this.knowledge = knowledge;
		this.analyses = analyses;
		this.shares = shares;
		this.names = names;
		this.messages = messages;
	}

	@GetMapping("/training-sessions")
	String list(Model model) {
		model.addAttribute("sessions", service.list());
		return LIST_VIEW;
	}

	@PostMapping("/training-sessions")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) Integer availableMinutes,
			@RequestParam(required = false) String language, @RequestParam(required = false) String analysisId,
			Principal user, RedirectAttributes redirect) {
		try {
			TrainingSession session = service.create(new TrainingSessionInput(title, language, availableMinutes,
					analysisId, List.of(), null), user.getName());
			redirect.addFlashAttribute("saved", "training.created");
			return "redirect:/training-sessions/" + session.id()
					+ (session.analysisId() == null ? "" : "?analysisId=" + session.analysisId());
		}
		catch (InvalidRequestException invalid) {
			redirect.addFlashAttribute("errors", invalid.errors());
			redirect.addFlashAttribute("fieldErrors", FieldMessages.byField(invalid.errors(),
					pointer -> "/title".equals(pointer) ? "new-title"
							: "/availableMinutes".equals(pointer) ? "new-minutes" : null,
					messages, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("typedTitle", title);
			return "redirect:/training-sessions";
		}
	}

	@GetMapping("/training-sessions/{id}")
	String builder(@PathVariable String id, @RequestParam(required = false) String analysisId, Model model,
			Locale locale) {
		TrainingSession session = service.get(id);
		model.addAttribute("view", SessionView.of(session, knowledge.get()));
		// only analyses a consultant has shared for training: their client, wave and weaknesses
		model.addAttribute("analyses", shares.sharedAnalyses());
		String wanted = analysisId != null ? analysisId : session.analysisId();
		String chosen = shares.isShared(wanted) ? wanted : null;
		model.addAttribute("inSession", session.items().stream().map(TrainingSession.Item::articleId)
			.collect(java.util.stream.Collectors.toSet()));
		if (chosen != null && !chosen.isBlank()) {
			model.addAttribute("chosenAnalysis", chosen);
			var criterionNames = names.in(locale);
			model.addAttribute("weakNames", String.join(", ", service.weakCriteria(chosen).stream()
				.map(code -> criterionNames.getOrDefault(code, code)).toList()));
			Language language = Language.orDefault(session.language());
			List<Suggestion> suggestions = new ArrayList<>();
			service.exercisesFor(chosen).forEach(a -> suggestions.add(new Suggestion(a.id(), a.text(language).title(),
					a.format() == null ? null : a.format().name(), a.durationMinutes() == null ? 0 : a.durationMinutes(),
					a.criteria())));
			model.addAttribute("suggestions", suggestions);
		}
		model.addAttribute("names", names.in(locale));
		return BUILDER_VIEW;
	}

	public record Suggestion(String id, String title, String format, int durationMinutes, List<String> criteria) {
	}

	@PostMapping("/training-sessions/{id}/settings")
	String settings(@PathVariable String id, @RequestParam(required = false) String title,
			@RequestParam(required = false) Integer availableMinutes, @RequestParam(required = false) String language,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		TrainingSession current = service.get(id);
		TrainingSessionInput base = TrainingSessionService.inputOf(current);
		return write(id, new TrainingSessionInput(title, language == null ? base.language() : language,
				availableMinutes, base.analysisId(), base.exercises(), version), redirect);
	}

	/** Appends an exercise; without a version (from an article page) it appends to the current state. */
	@PostMapping("/training-sessions/{id}/exercises")
	String add(@PathVariable String id, @RequestParam String articleId, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String analysisId, RedirectAttributes redirect) {
		TrainingSession current = service.get(id);
		TrainingSessionInput base = TrainingSessionService.inputOf(current);
		List<String> exercises = new ArrayList<>(base.exercises());
		if (exercises.contains(articleId)) {
			redirect.addFlashAttribute("already", articleId);
			String target = "redirect:/training-sessions/" + id;
			return analysisId == null || analysisId.isBlank() ? target : target + "?analysisId=" + analysisId;
		}
		exercises.add(articleId);
		String target = write(id, with(base, exercises, version == null ? current.version() : version), redirect);
		return analysisId == null || analysisId.isBlank() ? target : target + "?analysisId=" + analysisId;
	}

	/** From an article page: append the exercise to the session chosen in the form. */
	@PostMapping("/training-sessions/add")
	String addToChosen(@RequestParam String sessionId, @RequestParam String articleId, RedirectAttributes redirect) {
		return add(sessionId, articleId, null, null, redirect);
	}

	@PostMapping("/training-sessions/{id}/exercises/{position}/move")
	String move(@PathVariable String id, @PathVariable int position, @RequestParam String direction,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		TrainingSessionInput base = TrainingSessionService.inputOf(service.get(id));
		List<String> exercises = new ArrayList<>(base.exercises());
		int from = position - 1;
		int to = "up".equals(direction) ? from - 1 : from + 1;
		if (from >= 0 && from < exercises.size() && to >= 0 && to < exercises.size()) {
			exercises.add(to, exercises.remove(from));
		}
		return write(id, with(base, exercises, version), redirect);
	}

	@PostMapping("/training-sessions/{id}/exercises/{position}/remove")
	String remove(@PathVariable String id, @PathVariable int position, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		TrainingSessionInput base = TrainingSessionService.inputOf(service.get(id));
		List<String> exercises = new ArrayList<>(base.exercises());
		if (position >= 1 && position <= exercises.size()) {
			exercises.remove(position - 1);
		}
		return write(id, with(base, exercises, version), redirect);
	}

	@PostMapping("/training-sessions/{id}/delete")
	String delete(@PathVariable String id) {
		service.delete(id);
		return "redirect:/training-sessions";
	}

	@GetMapping("/training-sessions/{id}/agenda")
	String agenda(@PathVariable String id, Model model) {
		model.addAttribute("view", SessionView.of(service.get(id), knowledge.get()));
		return AGENDA_VIEW;
	}

	@GetMapping("/training-sessions/{id}/agenda.md")
	ResponseEntity<byte[]> markdown(@PathVariable String id, Locale locale) {
		SessionView view = SessionView.of(service.get(id), knowledge.get());
		String total = messages.getMessage("training.total", null, locale) + ": "
				+ messages.getMessage("training.totalOf",
						new Object[] { view.total(), view.session().availableMinutes() }, locale);
		byte[] body = view.markdown(view.session().title(), total).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("training-session-" + id + ".md").build().toString())
			.body(body);
	}

	private static TrainingSessionInput with(TrainingSessionInput base, List<String> exercises, Integer version) {
		return new TrainingSessionInput(base.title(), base.language(), base.availableMinutes(), base.analysisId(),
				exercises, version);
	}

	private String write(String id, TrainingSessionInput input, RedirectAttributes redirect) {
		try {
			service.replace(id, input);
			redirect.addFlashAttribute("saved", "training.saved");
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("conflict", true);
		}
		catch (InvalidRequestException invalid) {
			redirect.addFlashAttribute("errors", invalid.errors());
			redirect.addFlashAttribute("fieldErrors", FieldMessages.byField(invalid.errors(),
					pointer -> "/title".equals(pointer) ? "title"
							: "/availableMinutes".equals(pointer) ? "availableMinutes" : null,
					messages, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		return "redirect:/training-sessions/" + id;
	}

}
