package eu.serviceaudit.advisor.system.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API described from the code (springdoc): every operation's summary and roles come from its controller's
 * {@code @Operation}; what it answers on failure is added here once, as the problem+json that
 * {@link ApiExceptionHandler} and the security configuration write.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String BASIC = "basic";

	@Bean
	OpenAPI apiDescription() {
		return new OpenAPI()
			.info(new Info().title("Service Audit Advisor API")
				.version("1")
				.description("Turns customer-service audit findings into ranked recommendations, training and action "
						+ "plans. Every call needs HTTP Basic; each operation names the roles that may call it. Every "
						+ "error is RFC 9457 problem+json. The prose, with examples, is docs/api.md."))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	/** The failures every operation can meet, by its method and whether it names a resource. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			operation.setResponses(responses);
			add(responses, "400", "The request cannot be read (malformed JSON or CSV, a wrong parameter type).");
			add(responses, "401", "No or wrong HTTP Basic credentials.");
			add(responses, "403", "The user's role may not call this operation.");
			if (path.contains("{")) {
				add(responses, "404", "The id names nothing stored.");
			}
			if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
				add(responses, "413", "The body is larger than the limit.");
				add(responses, "422", "A well-formed request breaks a rule; errors[] names every field by JSON pointer.");
			}
			if (method == HttpMethod.PUT || method == HttpMethod.PATCH) {
				add(responses, "409", "The resource was changed meanwhile: the version sent is not the current one.");
			}
			add(responses, "500", "An unexpected error; it has been logged and nothing was changed.");
		}));
	}

	private static void add(ApiResponses responses, String status, String description) {
		if (responses.containsKey(status)) {
			return;
		}
		responses.addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.setProperties(Map.of("pointer",
				new StringSchema().description("JSON pointer (or /line/N/column for CSV) of the invalid field"),
				"message", new StringSchema().description("what is wrong with it")));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem.setProperties(Map.of("type", new StringSchema().description(Problems.TYPE_BASE + "<kind>"),
				"title", new StringSchema(), "status", new IntegerSchema(),
				"detail", new StringSchema().description("what went wrong, in a sentence"),
				"instance", new StringSchema(),
				"errors", new ArraySchema().items(fieldError).description("422 only: every invalid field")));
		problem.setRequired(List.of("type", "title", "status", "detail"));
		return problem;
	}

}
