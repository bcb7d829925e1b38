package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;

/**
 * Every page under its role rule: each row names a page, a role and whether that role may reach it. Refused means
 * 403 and the refusal page; allowed means anything but 403 (the page, a redirect after a form, or 404 for a made-up
 * id).
 */
class PageAccessTests extends WebTestSupport {

	static Stream<Arguments> rules() {
		return Stream.of(
				// analyses: consultants and managers read, consultants upload
				row("GET", "/analyses", "CONSULTANT", true), row("GET", "/analyses", "MANAGER", true),
				row("GET", "/analyses", "TRAINER", false), row("GET", "/analyses", "ADMIN", true),
				row("GET", "/analyses/x", "MANAGER", true), row("GET", "/analyses/x", "TRAINER", false),
				row("GET", "/analyses/new", "CONSULTANT", true), row("GET", "/analyses/new", "MANAGER", false),
				row("GET", "/analyses/new", "TRAINER", false), row("POST", "/analyses", "MANAGER", false),
				row("POST", "/analyses", "TRAINER", false), row("POST", "/analyses/x/plans", "MANAGER", false),
				row("POST", "/analyses/x/plans", "CONSULTANT", true),
				row("GET", "/alerts", "MANAGER", true), row("GET", "/alerts", "TRAINER", false),
				// plans: consultants edit, managers read and change progress only
				row("GET", "/plans", "MANAGER", true), row("GET", "/plans", "TRAINER", false),
				row("GET", "/plans/x", "CONSULTANT", true), row("GET", "/plans/x", "TRAINER", false),
				row("POST", "/plans/x", "CONSULTANT", true), row("POST", "/plans/x", "MANAGER", false),
				row("POST", "/plans/x/items/y/progress", "MANAGER", true),
				row("POST", "/plans/x/items/y/progress", "TRAINER", false),
				row("GET", "/plans/x/export", "MANAGER", true), row("GET", "/plans/x/export", "TRAINER", false),
				// knowledge base: every role
				row("GET", "/kb", "CONSULTANT", true), row("GET", "/kb", "MANAGER", true),
				row("GET", "/kb", "TRAINER", true), row("GET", "/kb/articles/x", "MANAGER", true),
				// training sessions: trainers
				row("GET", "/training-sessions", "TRAINER", true), row("GET", "/training-sessions", "CONSULTANT", false),
				row("GET", "/training-sessions", "MANAGER", false), row("POST", "/training-sessions/add", "MANAGER", false),
				row("GET", "/training-sessions/x/agenda", "CONSULTANT", false),
				// administration: admins
				row("GET", "/admin/users", "ADMIN", true), row("GET", "/admin/users", "CONSULTANT", false),
				row("GET", "/admin/users", "MANAGER", false), row("GET", "/admin/users", "TRAINER", false),
				row("POST", "/admin/users", "CONSULTANT", false), row("GET", "/admin/rules", "ADMIN", true),
				row("POST", "/admin/rules/reload", "MANAGER", false));
	}

	@org.junit.jupiter.api.Test
	void anUnknownAddressIsNotFoundForEveryRole() throws Exception {
		for (String role : java.util.List.of("CONSULTANT", "MANAGER", "TRAINER", "ADMIN")) {
			assertThat(mvc.perform(request(HttpMethod.GET, "/somewhere-else").with(as(role))).andReturn()
				.getResponse().getStatus()).as(role).isEqualTo(404);
		}
	}

	static Arguments row(String method, String path, String role, boolean allowed) {
		return Arguments.of(method, path, role, allowed);
	}

	@ParameterizedTest(name = "{0} {1} as {2}: allowed={3}")
	@MethodSource("rules")
	void everyPageHasARoleRule(String method, String path, String role, boolean allowed) throws Exception {
		var response = mvc.perform(request(HttpMethod.valueOf(method), path).with(as(role)).with(csrf()))
			.andReturn().getResponse();
		if (allowed) {
			assertThat(response.getStatus()).as("status").isNotEqualTo(403);
		}
		else {
			assertThat(response.getStatus()).as("status").isEqualTo(403);
			assertThat(response.getForwardedUrl()).isEqualTo("/forbidden");
		}
	}

}
