package eu.serviceaudit.advisor.system;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's message source: the bundles of {@link MessageBundles}, plural forms included. */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	/** Named messageSource so that it replaces Spring Boot's (which would not know plural elements). */
	@Bean
	MessageSource messageSource() {
		return MessageBundles.standalone();
	}

}
