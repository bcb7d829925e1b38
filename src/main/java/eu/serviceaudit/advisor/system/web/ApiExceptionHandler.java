package eu.serviceaudit.advisor.system.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

import eu.serviceaudit.advisor.system.FieldError;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.admission.ServiceBusyException;

/**
 * Every error of the API as RFC 9457 problem JSON: what went wrong and where, never a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
		return unprocessable(ex.errors(), ex.total());
	}

	@ExceptionHandler(ServiceBusyException.class)
	ResponseEntity<ProblemDetail> busy(ServiceBusyException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return respond(Problems.of(HttpStatus.CONFLICT, "conflict", ex.getMessage()));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex) {
		return respond(Problems.of(HttpStatus.BAD_REQUEST, "bad-request", ex.getMessage()));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
		return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", ex.getMessage()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
				"The server could not complete the request. It has been logged."));
	}

	/** Public so that advice elsewhere answers validation failures the same way. */
	public static ResponseEntity<ProblemDetail> unprocessable(List<FieldError> errors) {
		return unprocessable(errors, errors.size());
	}

	/** A validation answer listing {@code errors} out of {@code total} found (a long list is cut, the total stays). */
	public static ResponseEntity<ProblemDetail> unprocessable(List<FieldError> errors, int total) {
		String detail = total == 1 ? "1 field is invalid: " + errors.get(0).pointer() + " " + errors.get(0).message()
				: total + " fields are invalid";
		if (total > errors.size()) {
			detail += "; the first " + errors.size() + " are listed";
		}
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation", detail);
		problem.setProperty("errors",
				errors.stream().map(e -> Map.of("pointer", e.pointer(), "message", e.message())).toList());
		problem.setProperty("errorCount", total);
		return respond(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
					.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", tooLarge.getMessage()));
			}
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed", describe(ex));
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(java.net.URI.create(Problems.TYPE_BASE + "http-" + statusCode.value()));
			}
		}
		return response;
	}

	private static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof StreamConstraintsException constraints) {
			return "The JSON is too deeply nested or has a value too long: " + firstLine(constraints.getOriginalMessage());
		}
		if (cause instanceof DatabindException bind) {
			return "The JSON does not fit the expected shape at " + pointer(bind) + where(bind.getLocation()) + ": "
					+ firstLine(bind.getOriginalMessage());
		}
		if (cause instanceof JacksonException json) {
			return "The body is not valid JSON" + where(json.getLocation()) + ": " + firstLine(json.getOriginalMessage());
		}
		return "The body is missing or unreadable.";
	}

	private static String pointer(DatabindException ex) {
		StringBuilder pointer = new StringBuilder();
		for (var reference : ex.getPath()) {
			pointer.append('/');
			pointer.append(reference.getPropertyName() != null ? reference.getPropertyName() : reference.getIndex());
		}
		return pointer.isEmpty() ? "/" : pointer.toString();
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("");
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
