package eu.serviceaudit.advisor.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.AuditAdvisorApplication;
import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.support.PostgresSchema;
import eu.serviceaudit.advisor.support.RulesFixtures;

/**
 * Two instances of the application on random ports, in one JVM, on one PostgreSQL schema that is empty when both
 * start at the same moment: both start, the demo is loaded once, a web session made on A is accepted on B, and a rule
 * revision published on A is served by B within 5 seconds. Each instance has its own copy of the rules folder, so B
 * can only learn the new rules from the database.
 */
class TwoInstancesOnPostgresTests {

	static final String PASSWORD = "two-instances-2026";

	static final Duration PROPAGATION = Duration.ofSeconds(5);

	static PostgresSchema schema;

	static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	static final List<Path> rules = new ArrayList<>();

	static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	static final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void startTwoInstancesAtOnceOnAnEmptySchema() throws Exception {
		schema = PostgresSchema.create();
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Path folder = RulesFixtures.copyOfRules();
				rules.add(folder);
				started.add(starter.submit(start(folder)));
			}
			for (Future<ConfigurableApplicationContext> instance : started) {
				instances.add(instance.get());
			}
		}
		finally {
			starter.shutdown();
		}
	}

	@Test
	void bothStartOnTheEmptySchemaAndTheDemoIsLoadedOnce() {
		JdbcClient jdbc = instances.get(0).getBean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM demo_loads").query(Long.class).single()).isEqualTo(1);
		long analyses = jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single();
		long distinctWaves = jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT client, wave FROM analyses) w")
			.query(Long.class)
			.single();
		assertThat(analyses).as("one demo, not one per instance").isPositive().isEqualTo(distinctWaves);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM rule_revisions").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aSessionMadeOnOneInstanceIsAcceptedOnTheOther() throws Exception {
		HttpResponse<String> loginPage = http.send(get(0, "/login").build(), HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(loginPage);
		String token = csrf(loginPage.body());
		String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(request(0, "/login").header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String loggedIn = sessionCookie(login);

		HttpResponse<String> onB = http.send(get(1, "/admin/rules").header("Cookie", loggedIn).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).as("B knows the session made on A").isEqualTo(200);
		assertThat(onB.body()).contains("id=\"rule-status\"");

		HttpResponse<String> withoutSession = http.send(get(1, "/admin/rules").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withoutSession.statusCode()).as("and without it B asks for a login").isEqualTo(302);
	}

	@Test
	void aRevisionPublishedOnOneInstanceIsServedByTheOtherWithinFiveSeconds() throws Exception {
		String before = status(1).get("version").asString();
		// a new rule base version: the version is the hash of the rule files
		Path drl = rules.get(0).resolve("alerts/recovery-alerts.drl");
		Files.writeString(drl, Files.readString(drl) + "\n// published on instance A\n");

		HttpResponse<String> published = http.send(basic(request(0, "/api/admin/rules/reload?reason=shorter"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		Instant publishedAt = Instant.now();
		assertThat(published.statusCode()).isEqualTo(200);
		String version = json.readTree(published.body()).get("version").asString();
		assertThat(version).isNotEqualTo(before);

		JsonNode served = status(1);
		while (!served.get("version").asString().equals(version)
				&& Duration.between(publishedAt, Instant.now()).compareTo(PROPAGATION) < 0) {
			Thread.sleep(100);
			served = status(1);
		}
		Duration took = Duration.between(publishedAt, Instant.now());
		assertThat(served.get("version").asString()).as("B serves the new revision after %s", took).isEqualTo(version);
		assertThat(took).isLessThanOrEqualTo(PROPAGATION);
		assertThat(analyseOn(1).get("rulesVersion").asString()).isEqualTo(version);

		JsonNode instancesSeenByA = json.readTree(http.send(basic(get(0, "/api/admin/rules/instances")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		assertThat(instancesSeenByA).hasSize(2);
	}

	@AfterAll
	static void stop() throws IOException {
		instances.forEach(ConfigurableApplicationContext::close);
		if (schema != null) {
			schema.drop();
		}
	}

	private static Callable<ConfigurableApplicationContext> start(Path rulesFolder) {
		return () -> new SpringApplicationBuilder(AuditAdvisorApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + schema.url(), "--spring.datasource.username=" + schema.user(),
				"--spring.datasource.password=", "--advisor.data-dir=./target/test-data/" + UUID.randomUUID(),
				"--advisor.bootstrap-password=" + PASSWORD, "--advisor.rules-dir=" + rulesFolder,
				"--advisor.demo.enabled=true");
	}

	private static JsonNode status(int instance) throws Exception {
		HttpResponse<String> response = http.send(basic(get(instance, "/api/admin/rules")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static JsonNode analyseOn(int instance) throws Exception {
		HttpResponse<String> response = http.send(basic(request(instance, "/api/analyses"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ApiTestSupport.resource("/samples/kohvik-paike-2026q4.json")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		return json.readTree(response.body());
	}

	private static HttpRequest.Builder request(int instance, String path) {
		String port = instances.get(instance).getEnvironment().getProperty("local.server.port");
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
	}

	private static HttpRequest.Builder get(int instance, String path) {
		return request(instance, path).GET();
	}

	private static HttpRequest.Builder basic(HttpRequest.Builder request) {
		return request.header("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	private static String csrf(String page) {
		Matcher matcher = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		if (matcher.find()) {
			return matcher.group(1);
		}
		Matcher reversed = java.util.regex.Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(page);
		assertThat(reversed.find()).as("a CSRF field on the login page").isTrue();
		return reversed.group(1);
	}

}
