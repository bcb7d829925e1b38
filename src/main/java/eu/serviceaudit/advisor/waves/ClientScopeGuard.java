package eu.serviceaudit.advisor.waves;

import java.util.Optional;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import eu.serviceaudit.advisor.engagement.ClientScope;

/**
 * Every URL under a client (its page, rhythm, key drivers, trend and league table) answers 404 to a manager when
 * the client is outside their scope; the lists are narrowed in {@link Clients#all()}.
 */
@Configuration(proxyBeanMethods = false)
class ClientScopeGuard implements WebMvcConfigurer {

	private final ClientScope scope;

	ClientScopeGuard(ClientScope scope) {
		this.scope = scope;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(scope.guard("client", Optional::of, ClientScope::noClient))
			.addPathPatterns("/api/clients/*", "/api/clients/*/**", "/clients/*", "/clients/*/**");
	}

}
