package eu.serviceaudit.advisor.system.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

/**
 * The API description (springdoc: {@code /v3/api-docs}, Swagger UI) is set up at its first request instead of at
 * start: its beans (swagger's own JSON mapper, the model converters, the operation builders) cost about a second of
 * the start on two cores, and nothing needs them to answer health. Swagger UI's resource configuration is still
 * registered at start (the web configuration collects it); only its page transformer, which needs the JSON mapper,
 * is created on the first page.
 */
@Configuration(proxyBeanMethods = false)
class LazyApiDocumentation {

	private static final String SPRINGDOC = "org.springdoc.";

	/** Marks springdoc's beans lazy; a bean something creates at start asks for is still created then. */
	@Bean
	static BeanFactoryPostProcessor lazySpringdocBeans() {
		return beans -> {
			for (String name : beans.getBeanDefinitionNames()) {
				if (isSpringdoc(beans.getBeanDefinition(name), beans)) {
					beans.getBeanDefinition(name).setLazyInit(true);
				}
			}
		};
	}

	/** Replaces springdoc's (it steps aside for one of the application's): the same transformer, made on first use. */
	@Bean
	SwaggerIndexTransformer indexPageTransformer(ObjectProvider<SwaggerUiConfigProperties> ui,
			ObjectProvider<SwaggerUiOAuthProperties> oauth, ObjectProvider<SwaggerWelcomeCommon> welcome,
			ObjectProvider<ObjectMapperProvider> mapper) {
		Supplier<SwaggerIndexTransformer> transformer = SingletonSupplier.of(() -> new SwaggerIndexPageTransformer(
				ui.getObject(), oauth.getObject(), welcome.getObject(), mapper.getObject()));
		return new SwaggerIndexTransformer() {

			@Override
			public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
					throws IOException {
				return transformer.get().transform(request, resource, chain);
			}

		};
	}

	private static boolean isSpringdoc(BeanDefinition definition, ConfigurableListableBeanFactory beans) {
		String type = definition.getBeanClassName();
		if (type == null && definition.getFactoryBeanName() != null
				&& beans.containsBeanDefinition(definition.getFactoryBeanName())) {
			type = beans.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
		}
		return type != null && type.startsWith(SPRINGDOC);
	}

}
