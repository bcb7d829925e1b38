package eu.serviceaudit.advisor.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AnalysisService;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.system.web.BadRequestException;

/** Turns an uploaded file into an analysis through the same services as the API. */
@Component
class AuditUploads {

	private final AnalysisService service;

	private final JsonMapper json;

	private final CsvImports csv;

	AuditUploads(AnalysisService service, JsonMapper json, CsvImports csv) {
		this.service = service;
		this.json = json;
		this.csv = csv;
	}

	boolean csvSupported() {
		return true;
	}

	Analysis analyse(String fileName, byte[] bytes, UploadController.UploadForm form) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || looksLikeCsv(bytes)) {
			try {
				return csv.analyse(new java.io.ByteArrayInputStream(bytes), blankToNull(form.client()), blankToNull(form.wave()),
						blankToNull(form.language()));
			}
			catch (BadRequestException unreadable) {
				throw new UnreadableUploadException("upload.error.csv", "CSV", unreadable.getMessage());
			}
		}
		AuditRequest request;
		try {
			request = json.readValue(new String(bytes, StandardCharsets.UTF_8), AuditRequest.class);
		}
		catch (JacksonException ex) {
			throw new UnreadableUploadException("upload.error.malformed", where(ex.getLocation()),
					firstLine(ex.getOriginalMessage()));
		}
		if (request == null) {
			throw new UnreadableUploadException("upload.error.malformed", "/", "");
		}
		return service.analyse(request);
	}

	/**
	 * The client and wave an upload names, read without analysing it (the CSV's come from the form), so that a wave
	 * already stored can be asked about first; empty when the file does not say (its errors come later).
	 */
	java.util.Optional<WaveName> waveOf(String fileName, byte[] bytes, UploadController.UploadForm form) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || looksLikeCsv(bytes)) {
			return WaveName.of(blankToNull(form.client()), blankToNull(form.wave()));
		}
		try {
			tools.jackson.databind.JsonNode tree = json.readTree(new String(bytes, StandardCharsets.UTF_8));
			if (tree == null || !tree.isObject()) {
				return java.util.Optional.empty();
			}
			return WaveName.of(text(tree.get("client")), text(tree.get("wave")));
		}
		catch (JacksonException unreadable) {
			return java.util.Optional.empty();
		}
	}

	private static String text(tools.jackson.databind.JsonNode node) {
		return node != null && node.isString() ? blankToNull(node.asString()) : null;
	}

	record WaveName(String client, String wave) implements java.io.Serializable {

		static java.util.Optional<WaveName> of(String client, String wave) {
			return client == null || wave == null ? java.util.Optional.empty()
					: java.util.Optional.of(new WaveName(client.strip(), wave.strip()));
		}

	}

	/** A file whose first non-blank character cannot start JSON is taken for CSV. */
	private static boolean looksLikeCsv(byte[] bytes) {
		String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "")
			.stripLeading();
		return !start.isEmpty() && start.charAt(0) != '{' && start.charAt(0) != '[';
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "/";
		}
		return location.getLineNr() + ":" + location.getColumnNr();
	}

	static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("");
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}

	/** The file cannot be read as an audit at all: where (line:column or a pointer) and why. */
	static class UnreadableUploadException extends RuntimeException {

		private final String messageKey;

		private final String where;

		UnreadableUploadException(String messageKey, String where, String detail) {
			super(detail);
			this.messageKey = messageKey;
			this.where = where;
		}

		String messageKey() {
			return messageKey;
		}

		String where() {
			return where;
		}

	}

}
