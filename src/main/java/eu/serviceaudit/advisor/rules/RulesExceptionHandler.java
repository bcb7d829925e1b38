package eu.serviceaudit.advisor.rules;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import eu.serviceaudit.advisor.system.web.Problems;

/**
 * A reload that does not compile or fails the rules check: 422 with every problem's file and line; the old rule base
 * stays in service.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesExceptionHandler {

	@ExceptionHandler(RuleCompilationException.class)
	ResponseEntity<ProblemDetail> compilation(RuleCompilationException ex) {
		boolean check = ex instanceof RuleCheckFailedException;
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, check ? "rules-check" : "rules-compilation",
				ex.errors().size() + (check ? " problem(s) found by the rules check" : " compile error(s)")
						+ "; the rule base in service is unchanged.");
		problem.setProperty("errors", ex.errors()
			.stream()
			.map(e -> Map.of("check", e.check(), "file", e.file(), "line", e.line(), "message", e.message()))
			.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
