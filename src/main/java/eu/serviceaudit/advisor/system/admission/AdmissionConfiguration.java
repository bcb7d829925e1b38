package eu.serviceaudit.advisor.system.admission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Takes a turn of the {@link AdmissionGate} for every request that analyses an audit (the JSON API, the CSV import,
 * the upload page) before its body is read, and gives it back when the answer is written. It runs after security, so
 * only logged-in users with the right role can take a turn.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration implements WebMvcConfigurer {

	/** The requests that analyse an audit (POST only). */
	static final String[] ANALYSING = { "/api/analyses", "/api/imports/**", "/analyses" };

	private static final String TURN = AdmissionConfiguration.class.getName() + ".turn";

	private final AdmissionGate gate;

	AdmissionConfiguration(AdmissionGate gate) {
		this.gate = gate;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if ("POST".equals(request.getMethod())) {
					request.setAttribute(TURN, gate.enter());
				}
				return true;
			}

			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception ex) {
				if (request.getAttribute(TURN) instanceof AdmissionGate.Turn turn) {
					turn.close();
					request.removeAttribute(TURN);
				}
			}

		}).addPathPatterns(ANALYSING);
	}

}
