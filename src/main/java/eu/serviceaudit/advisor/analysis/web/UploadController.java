package eu.serviceaudit.advisor.analysis.web;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.audit.FieldError;
import eu.serviceaudit.advisor.audit.InvalidAuditException;
import eu.serviceaudit.advisor.system.web.Page;

/**
 * The consultant uploads a JSON audit or a CSV export. An invalid file is shown back with every error where it
 * was found, and nothing is stored.
 */
@Controller
@Page
class UploadController {

	static final String UPLOAD_VIEW = "analyses/upload";

	private final AuditUploads uploads;

	UploadController(AuditUploads uploads) {
		this.uploads = uploads;
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
			@RequestParam(required = false) String language, Model model) throws IOException {
		UploadForm form = new UploadForm(client, wave, language);
		model.addAttribute("form", form);
		model.addAttribute("csvSupported", uploads.csvSupported());
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "upload.error.empty");
			return UPLOAD_VIEW;
		}
		try {
			Analysis analysis = uploads.analyse(file.getOriginalFilename(), file.getBytes(), form);
			return "redirect:/analyses/" + analysis.id();
		}
		catch (InvalidAuditException invalid) {
			model.addAttribute("problem", "upload.error.invalid");
			model.addAttribute("errors", invalid.errors());
			model.addAttribute("errorCount", invalid.total());
		}
		catch (AuditUploads.UnreadableUploadException unreadable) {
			model.addAttribute("problem", unreadable.messageKey());
			model.addAttribute("errors", List.of(new FieldError(unreadable.where(), unreadable.getMessage())));
		}
		return UPLOAD_VIEW;
	}

	/** What the user typed besides the file, shown back after an error. */
	public record UploadForm(String client, String wave, String language) {

		static UploadForm empty() {
			return new UploadForm("", "", "");
		}

	}

}
