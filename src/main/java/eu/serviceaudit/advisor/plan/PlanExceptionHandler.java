package eu.serviceaudit.advisor.plan;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import eu.serviceaudit.advisor.system.web.ApiExceptionHandler;

/** Answers invalid plan requests as the rest of the API answers invalid input: 422 with pointers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanExceptionHandler {

	@ExceptionHandler(InvalidPlanException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidPlanException ex) {
		return ApiExceptionHandler.unprocessable(ex.errors());
	}

}
