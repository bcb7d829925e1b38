package eu.serviceaudit.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.system.security.Roles;

/**
 * The API description at /v3/api-docs: served to consultants and admins, every /api/** endpoint in it with a summary
 * and the roles that may call it (and those roles are the ones the security configuration lets through), every
 * failure documented as problem+json.
 */
class ApiDocumentationTests extends ApiTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void shouldServeTheDescriptionAndSwaggerUiToConsultantsAndAdminsOnly() throws Exception {
		for (String user : List.of("consultant", "admin")) {
			mvc.perform(get("/v3/api-docs").with(as(user))).andExpect(status().isOk());
			mvc.perform(get("/swagger-ui/index.html").with(as(user))).andExpect(status().isOk());
		}
		for (String user : List.of("manager", "trainer")) {
			mvc.perform(get("/v3/api-docs").with(as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/v3/api-docs")).andExpect(status().is4xxClientError());
		mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldDescribeEveryApiEndpointWithItsSummaryRolesAndProblemResponses() throws Exception {
		JsonNode paths = description().get("paths");
		List<String> undescribed = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			JsonNode operation = paths.path(endpoint.path()).path(endpoint.method().toLowerCase(Locale.ROOT));
			if (operation.isMissingNode() || operation.path("summary").asString("").isBlank()
					|| roles(operation).isEmpty()) {
				undescribed.add(endpoint + " (add @Operation(summary = …, description = \"Roles: …. …\"))");
				continue;
			}
			for (String status : List.of("401", "403", "500")) {
				assertThat(operation.path("responses").path(status).path("content").has("application/problem+json"))
					.as(endpoint + " documents its " + status + " as problem+json")
					.isTrue();
			}
		}
		assertThat(undescribed).as("API endpoints without a description").isEmpty();
	}

	@Test
	void shouldNameExactlyTheRolesTheSecurityConfigurationLetsThrough() throws Exception {
		JsonNode paths = description().get("paths");
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			JsonNode operation = paths.path(endpoint.path()).path(endpoint.method().toLowerCase(Locale.ROOT));
			Set<String> documented = roles(operation);
			if (documented.isEmpty()) {
				continue; // undescribed: the test above names it
			}
			Set<String> allowed = new TreeSet<>();
			for (String role : Roles.ALL) {
				// ids that name nothing and empty bodies: every call is refused before it could change anything
				boolean imports = endpoint.path().startsWith("/api/imports");
				int status = mvc
					.perform(request(HttpMethod.valueOf(endpoint.method()), endpoint.path().replaceAll("\\{[^}]+}", "none"))
						.with(as(role.toLowerCase(Locale.ROOT)))
						.contentType(imports ? "text/csv" : "application/json")
						.content(imports ? "" : "{}"))
					.andReturn()
					.getResponse()
					.getStatus();
				if (status != 403) {
					allowed.add(role);
				}
			}
			if (!allowed.equals(documented)) {
				wrong.add(endpoint + ": documented " + documented + ", let through " + allowed);
			}
		}
		assertThat(wrong).as("operations whose documented roles differ from what security lets through").isEmpty();
	}

	private JsonNode description() throws Exception {
		return read(mvc.perform(get("/v3/api-docs").with(as("consultant")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The roles an operation's description names in its leading "Roles: A, B." sentence. */
	private static Set<String> roles(JsonNode operation) {
		String description = operation.path("description").asString("");
		if (!description.startsWith("Roles: ")) {
			return Set.of();
		}
		String list = description.substring("Roles: ".length(), description.indexOf('.'));
		return new TreeSet<>(Arrays.stream(list.split(",")).map(String::strip).toList());
	}

	/** Every handler method mapped under /api/, by path pattern and HTTP method. */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(new Endpoint(m.name(), path)));
			}
		}
		assertThat(endpoints).as("the API's endpoints").hasSizeGreaterThan(10);
		return endpoints;
	}

	record Endpoint(String method, String path) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
