package eu.serviceaudit.advisor.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.json.JsonMapper;

/**
 * An address nothing answers: under {@code /api/} the problem JSON of the API as before, elsewhere the "not found"
 * page in the user's language with the layout (language menu, {@code lang}), status 404.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddressHandler {

	private final ApiExceptionHandler api;

	private final JsonMapper json;

	UnknownAddressHandler(ApiExceptionHandler api, JsonMapper json) {
		this.api = api;
		this.json = json;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView notFound(NoResourceFoundException ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			ResponseEntity<Object> problem = api.handleException(ex, new ServletWebRequest(request, response));
			write(problem, response);
			return new ModelAndView();
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("currentUser", CurrentUser.of(
				org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()));
		return page;
	}

	private void write(ResponseEntity<Object> problem, HttpServletResponse response) throws IOException {
		response.setStatus(problem == null ? HttpStatus.NOT_FOUND.value() : problem.getStatusCode().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (problem != null && problem.getBody() != null) {
			response.getWriter().write(json.writeValueAsString(problem.getBody()));
		}
		response.flushBuffer();
	}

}
