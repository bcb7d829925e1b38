package eu.serviceaudit.advisor.system.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What answers errors no controller handled: those Tomcat or the security firewall raise before any controller runs
 * (an encoded slash, a {@code ;} or {@code //} in the path, an unknown address) and any other {@code sendError}.
 * Under {@code /api/**} the answer is problem JSON like every other API error; elsewhere the error page.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (uri.startsWith(request.getContextPath() + "/api/") || uri.equals(request.getContextPath() + "/api")) {
			Problems.write(response, status, status.is5xxServerError() ? "internal" : "http-" + status.value(),
					detail(status));
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("currentUser", CurrentUser.of(SecurityContextHolder.getContext().getAuthentication()));
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request cannot be read: the address has characters that are not allowed there "
					+ "(such as an encoded slash, a semicolon or a double slash) or the request is malformed.";
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This method is not allowed at this address.";
			case CONTENT_TOO_LARGE -> "The request body is larger than 10 MiB.";
			case UNAUTHORIZED -> "Log in with a valid user name and password.";
			case FORBIDDEN -> "Your role does not allow this request.";
			default -> status.is5xxServerError() ? "The server could not complete the request. It has been logged."
					: status.getReasonPhrase();
		};
	}

}
