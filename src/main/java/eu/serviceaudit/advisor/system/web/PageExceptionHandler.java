package eu.serviceaudit.advisor.system.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the web pages as pages in the user's language, never a stack trace or another user's data. */
@ControllerAdvice(annotations = Page.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(RuntimeException ex) {
		return page(HttpStatus.NOT_FOUND);
	}

	/**
	 * A malformed address or form: a parameter that is not a number, a date or a yes/no ({@code offset=abc},
	 * {@code enabled=maybe}, {@code version=abc}), a missing one, a body that cannot be read.
	 */
	@ExceptionHandler({ BadRequestException.class, org.springframework.beans.TypeMismatchException.class,
			org.springframework.web.bind.ServletRequestBindingException.class,
			org.springframework.web.bind.MethodArgumentNotValidException.class,
			org.springframework.validation.BindException.class,
			org.springframework.http.converter.HttpMessageNotReadableException.class,
			org.springframework.web.method.annotation.HandlerMethodValidationException.class })
	ModelAndView badRequest(Exception ex) {
		return page(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(eu.serviceaudit.advisor.system.admission.ServiceBusyException.class)
	ModelAndView busy(eu.serviceaudit.advisor.system.admission.ServiceBusyException ex,
			jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader("Retry-After", Long.toString(ex.retryAfter().toSeconds()));
		return page(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		log.error("Unexpected error on a page", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("currentUser", CurrentUser.of(
				org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()));
		return view;
	}

}
