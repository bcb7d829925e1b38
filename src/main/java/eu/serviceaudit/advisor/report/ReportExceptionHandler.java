package eu.serviceaudit.advisor.report;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import eu.serviceaudit.advisor.system.web.ApiExceptionHandler;

/** Invalid report edits are answered as the rest of the API answers invalid input: 422 with pointers. */
@RestControllerAdvice(assignableTypes = ReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportExceptionHandler {

	@ExceptionHandler(InvalidReportException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidReportException ex) {
		return ApiExceptionHandler.unprocessable(ex.errors());
	}

}
