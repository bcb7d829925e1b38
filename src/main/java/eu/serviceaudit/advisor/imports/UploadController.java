package eu.serviceaudit.advisor.imports;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.system.FieldError;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.web.FieldMessages;
import eu.serviceaudit.advisor.system.web.Page;

/**
 * The consultant uploads a JSON audit or a CSV export. An invalid file is shown back with every error where it
 * was found, and nothing is stored.
 */
@Controller
@Page
class UploadController {

	static final String UPLOAD_VIEW = "analyses/upload";

	/** The session attribute that holds an upload while the user decides about a wave stored before. */
	static final String PENDING = UploadController.class.getName() + ".pending";

	/** The pointers of errors that belong to a field of the form rather than to the file. */
	static final List<String> FORM_FIELDS = List.of("client", "wave", "language");

	/** The form field of an error pointer ("/query/client" of the CSV import, "/client"), or null for the file's. */
	static String formField(String pointer) {
		String name = pointer == null ? "" : pointer.replaceFirst("^/query/", "/").replaceFirst("^/", "");
		return FORM_FIELDS.contains(name) ? name : null;
	}

	private final AuditUploads uploads;

	private final Analyses analyses;

	private final MessageSource messages;

	UploadController(AuditUploads uploads, Analyses analyses, MessageSource messages) {
		this.uploads = uploads;
		this.analyses = analyses;
		this.messages = messages;
	}

	@GetMapping("/analyses/new")
	String initUploadForm(Model model) {
		model.addAttribute("form", UploadForm.empty());
		model.addAttribute("csvSupported", uploads.csvSupported());
		return UPLOAD_VIEW;
	}

	@PostMapping("/analyses")
	String processUploadForm(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String client, @RequestParam(required = false) String wave,
			@RequestParam(required = false) String language, Model model, HttpSession session) throws IOException {
		UploadForm form = new UploadForm(client, wave, language);
		model.addAttribute("form", form);
		model.addAttribute("csvSupported", uploads.csvSupported());
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "upload.error.empty");
			return UPLOAD_VIEW;
		}
		byte[] bytes = file.getBytes();
		Optional<AuditUploads.WaveName> named = uploads.waveOf(file.getOriginalFilename(), bytes, form);
		if (named.isPresent()) {
			List<String> stored = analyses.idsOfWave(named.get().client(), named.get().wave());
			if (!stored.isEmpty()) {
				session.setAttribute(PENDING, new PendingUpload(file.getOriginalFilename(), bytes, form, named.get()));
				model.addAttribute("duplicate", named.get());
				model.addAttribute("duplicates", stored.size());
				return UPLOAD_VIEW;
			}
		}
		return analyse(file.getOriginalFilename(), bytes, form, List.of(), model);
	}

	/**
	 * The answer to "this wave is already there": {@code replace} archives the analyses of the wave stored before
	 * (their plans are kept) and stores the new one, {@code keep} stores it beside them, anything else drops it.
	 */
	@PostMapping("/analyses/duplicate")
	String decideDuplicate(@RequestParam(required = false) String choice, Model model, HttpSession session) {
		PendingUpload pending = (PendingUpload) session.getAttribute(PENDING);
		session.removeAttribute(PENDING);
		model.addAttribute("csvSupported", uploads.csvSupported());
		if (pending == null || !("replace".equals(choice) || "keep".equals(choice))) {
			model.addAttribute("form", pending == null ? UploadForm.empty() : pending.form());
			if (pending == null && choice != null && !"cancel".equals(choice)) {
				model.addAttribute("problem", "pages.upload.expired");
			}
			return UPLOAD_VIEW;
		}
		model.addAttribute("form", pending.form());
		List<String> replaced = "replace".equals(choice)
				? analyses.idsOfWave(pending.wave().client(), pending.wave().wave()) : List.of();
		return analyse(pending.fileName(), pending.bytes(), pending.form(), replaced, model);
	}

	private String analyse(String fileName, byte[] bytes, UploadForm form, List<String> replaced, Model model) {
		try {
			Analysis analysis = uploads.analyse(fileName, bytes, form);
			replaced.forEach(id -> analyses.archive(id, true));
			return "redirect:/analyses/" + analysis.id();
		}
		catch (InvalidRequestException invalid) {
			model.addAttribute("problem", "upload.error.invalid");
			model.addAttribute("errors", invalid.errors());
			// the CSV's client, wave and language come from the form: their errors go beside those fields
			model.addAttribute("fieldErrors", FieldMessages.byField(invalid.errors(),
					UploadController::formField, messages,
					LocaleContextHolder.getLocale()));
		}
		catch (AuditUploads.UnreadableUploadException unreadable) {
			model.addAttribute("problem", unreadable.messageKey());
			model.addAttribute("errors", List.of(new FieldError(unreadable.where(), unreadable.getMessage())));
		}
		return UPLOAD_VIEW;
	}

	/** An upload held in the session until the user says what to do with a wave stored before. */
	record PendingUpload(String fileName, byte[] bytes, UploadForm form, AuditUploads.WaveName wave)
			implements java.io.Serializable {
	}

	/** What the user typed besides the file, shown back after an error. */
	record UploadForm(String client, String wave, String language) implements java.io.Serializable {

		static UploadForm empty() {
			return new UploadForm("", "", "");
		}

	}

}
