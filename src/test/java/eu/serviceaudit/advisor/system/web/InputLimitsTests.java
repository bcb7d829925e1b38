package eu.serviceaudit.advisor.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * Every input bounded where it enters: far dates, huge score ranges and broken characters are 422, malformed page
 * parameters a 400 page, and requests Tomcat or the firewall refuse before any controller runs are problem JSON under
 * /api (a real server on a random port, since MockMvc has no Tomcat).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputLimitsTests extends ApiTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private static String audit(String findingJson, String date, String client) {
		return "{\"client\":\"" + client + "\",\"wave\":\"W1\",\"observations\":[{\"id\":\"O1\",\"method\":\"MYSTERY_SHOP\","
				+ "\"date\":\"" + date + "\",\"findings\":[" + findingJson + "]}]}";
	}

	@Test
	void farDatesHugeScoreRangesAndLoneSurrogatesAre422AndNothingIsStored() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single();
		mvc.perform(post("/api/analyses").with(as("consultant")).contentType(MediaType.APPLICATION_JSON)
			.content(audit("{\"criterion\":\"GREETING\",\"score\":0,\"min\":-1e308,\"max\":1e308}", "+999999999-12-31",
					"Broken \\uD800 client")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].pointer").value(org.hamcrest.Matchers.containsInAnyOrder("/client",
					"/observations/0/date", "/observations/0/findings/0/min", "/observations/0/findings/0/max")))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/client')].message").value(
					org.hamcrest.Matchers.hasItem(containsString("lone UTF-16 surrogate"))));
		mvc.perform(post("/api/analyses").with(as("consultant")).contentType(MediaType.APPLICATION_JSON)
			.content(audit("{\"criterion\":\"GREETING\",\"score\":5e8,\"min\":-1e9,\"max\":1e9}", "1900-01-01",
					"Bounded \\uD83D\\uDE00 client")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.client").value("Bounded \uD83D\uDE00 client"))
			.andExpect(jsonPath("$.criteria[0].score").value(0.75));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void malformedPageParametersAreA400PageNotA500() throws Exception {
		mvc.perform(get("/kb").param("offset", "abc").with(user("trainer").roles("TRAINER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The request cannot be handled")));
		mvc.perform(post("/admin/users/consultant/enabled").param("enabled", "maybe")
			.with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/training-sessions/x/settings").param("version", "abc").param("availableMinutes", "x")
			.with(user("trainer").roles("TRAINER")).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/training-sessions/x/exercises/first/remove").with(user("trainer").roles("TRAINER")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	private HttpResponse<String> raw(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void requestsRefusedBeforeAnyControllerAreProblemJsonUnderApi() throws Exception {
		for (String path : new String[] { "/api/analyses/a%2Fb", "/api/analyses;jsessionid=x", "/api//analyses",
				"/api/analyses/%2e%2e/x", "/api/analyses/a%5Cb", "/api/no-such-thing" }) {
			HttpResponse<String> response = raw(path);
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
				.startsWith("application/problem+json");
			assertThat(response.body()).as(path).contains("\"status\":" + response.statusCode()).doesNotContain("<html");
		}
		HttpResponse<String> page = raw("/kb/a%2Fb");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<html");
	}

}
