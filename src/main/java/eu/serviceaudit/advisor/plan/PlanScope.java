package eu.serviceaudit.advisor.plan;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import eu.serviceaudit.advisor.engagement.ClientScope;

/**
 * Every URL under a plan (the plan, its items, its export, its page) answers 404 to a manager when the plan's
 * analysis belongs to a client outside their scope; the lists are narrowed in {@link ActionPlans#list}.
 */
@Configuration(proxyBeanMethods = false)
class PlanScope implements WebMvcConfigurer {

	private final ClientScope scope;

	private final ActionPlans plans;

	PlanScope(ClientScope scope, ActionPlans plans) {
		this.scope = scope;
		this.plans = plans;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(scope.guard("id", plans::clientOf, ActionPlanService::notFound))
			.addPathPatterns("/api/action-plans/*", "/api/action-plans/*/**", "/plans/*", "/plans/*/**");
	}

}
