package eu.serviceaudit.advisor.analysis;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import eu.serviceaudit.advisor.engagement.ClientScope;

/**
 * Every URL under an analysis (the analysis, its page, comparison, report, plans made from it) answers 404 to a
 * manager when the analysis belongs to a client outside their scope; the list is narrowed in {@link Analyses#search}.
 */
@Configuration(proxyBeanMethods = false)
class AnalysisScope implements WebMvcConfigurer {

	private static final String[] UNDER_AN_ANALYSIS = { "/api/analyses/*", "/api/analyses/*/**", "/analyses/*",
			"/analyses/*/**" };

	private final ClientScope scope;

	private final Analyses analyses;

	AnalysisScope(ClientScope scope, Analyses analyses) {
		this.scope = scope;
		this.analyses = analyses;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// the page that starts a plan names its analysis analysisId, every other URL id
		for (String variable : new String[] { "id", "analysisId" }) {
			registry.addInterceptor(scope.guard(variable, analyses::clientOf, Analyses::notFound))
				.addPathPatterns(UNDER_AN_ANALYSIS);
		}
	}

}
