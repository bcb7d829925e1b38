package eu.serviceaudit.advisor.system.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The application checks what it is sent itself (e.g. {@code AuditValidator}, with problem+json pointers) and uses
 * no {@code jakarta.validation} annotations, so Spring MVC gets a validator that validates nothing instead of
 * bootstrapping Hibernate Validator at every start (about 500 classes before healthy). Hibernate Validator stays on
 * the class path only because springdoc reads its constraint annotations when it describes the API (see the pom).
 */
@Configuration(proxyBeanMethods = false)
class NoBeanValidation implements WebMvcConfigurer {

	static final Validator NONE = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			return false;
		}

		@Override
		public void validate(Object target, Errors errors) {
			// nothing: no request type carries bean-validation constraints
		}

	};

	@Override
	public Validator getValidator() {
		return NONE;
	}

}
