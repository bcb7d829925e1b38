package eu.serviceaudit.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/** The app on a real port: a consultant posts the shared sample with curl-like Basic auth and reads it back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalysisEndToEndTests {

	static final String PASSWORD = "end-to-end-password";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("advisor.data-dir", () -> "./target/test-data/e2e-" + UUID.randomUUID());
		registry.add("advisor.bootstrap-password", () -> PASSWORD);
	}

	@Test
	void shouldAnalyseTheSharedSampleOverHttpAndServeItAgain() throws Exception {
		String sample = ApiTestSupport.resource("/samples/kohvik-paike-2026q4.json");

		HttpResponse<String> created = http.send(request("/api/analyses", "consultant")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(sample, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		JsonNode answer = json.readTree(created.body());
		assertThat(answer.get("client").asString()).isEqualTo("Kohvik Päike OÜ");
		assertThat(answer.get("recommendations")).isNotEmpty();
		assertThat(answer.at("/recommendations/0/rank").asInt()).isEqualTo(1);
		assertThat(answer.get("weaknesses")).isNotEmpty();

		HttpResponse<String> again = http.send(request(URI.create(location).getPath(), "manager").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json.readTree(again.body())).isEqualTo(answer);

		HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
	}

	private HttpRequest.Builder request(String path, String user) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Basic " + credentials);
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
