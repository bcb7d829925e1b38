package eu.serviceaudit.advisor.system.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar works as operators run it ({@code java -jar target/audit-advisor.jar}, README): through the
 * class-path package index loader, healthy, and answering calls that need many of its jars (security, search,
 * rules, persistence, the PDF writer). Runs in {@code verify} after {@code package} (maven-failsafe-plugin).
 */
class JavaJarIT {

	private static final String PASSWORD = "java-jar-it-password-1";

	private static final Path JAR = Path.of("target/audit-advisor.jar");

	@TempDir
	static Path folder;

	static Process application;

	static Path log;

	static int port;

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void start() throws Exception {
		assertThat(JAR).as("packaged before verify").exists();
		port = freePort();
		log = folder.resolve("application.log");
		ProcessBuilder builder = new ProcessBuilder(java(), "-XX:+UseParallelGC", "-jar", JAR.toString(),
				"--server.port=" + port, "--advisor.demo.enabled=false");
		builder.environment().put("ADVISOR_DATA_DIR", Files.createDirectories(folder.resolve("data")).toString());
		builder.environment().put("ADVISOR_BOOTSTRAP_PASSWORD", PASSWORD);
		application = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!healthy()) {
			assertThat(application.isAlive()).as("running; log: %s", tail()).isTrue();
			assertThat(System.nanoTime()).as("healthy within 120 s; log: %s", tail()).isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (application != null) {
			application.destroy();
			if (!application.waitFor(30, TimeUnit.SECONDS)) {
				application.destroyForcibly();
			}
		}
	}

	@Test
	void runsThroughThePackageIndexLoader() throws IOException {
		assertThat(Files.readString(log)).contains("Classes and resources found through the class-path package index");
	}

	@Test
	void answersWithBasicAuthenticationAndRefusesWithout() throws Exception {
		assertThat(get("/api/criteria?lang=et", true).statusCode()).isEqualTo(200);
		assertThat(get("/api/criteria?lang=et", false).statusCode()).isEqualTo(401);
	}

	@Test
	void searchesTheKnowledgeBase() throws Exception {
		HttpResponse<String> found = get("/api/kb/search?q=greeting&lang=en&limit=5", true);
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("GREETING");
	}

	@Test
	void analysesAnAuditAndExportsItsPlanAsPdf() throws Exception {
		String audit = """
				{ "client": "Kohvik Päike OÜ", "wave": "2026-Q4", "language": "et",
				  "locations": [ { "id": "TLN-1", "name": "Tallinn, Viru 5" } ],
				  "observations": [
				    { "id": "MS-01", "method": "MYSTERY_SHOP", "locationId": "TLN-1", "channel": "IN_PERSON", "date": "2026-10-02",
				      "findings": [ { "criterion": "GREETING", "score": 0, "min": 0, "max": 1, "comment": "Nobody greeted me" } ] },
				    { "id": "MS-02", "method": "MYSTERY_SHOP", "locationId": "TLN-1", "channel": "IN_PERSON", "date": "2026-10-03",
				      "findings": [ { "criterion": "GREETING", "score": 0, "min": 0, "max": 1 } ] },
				    { "id": "CS-01", "method": "CUSTOMER_SURVEY", "locationId": "TLN-1", "date": "2026-10-05",
				      "responses": [ { "recommend": 6, "satisfaction": 3, "effort": 5, "comment": "Waited long at the till" } ] }
				  ] }""";
		HttpResponse<String> analysed = post("/api/analyses", audit);
		assertThat(analysed.statusCode()).as(analysed.body()).isEqualTo(201);
		JsonNode analysis = json.readTree(analysed.body());
		assertThat(analysis.get("recommendations").size()).isPositive();
		List<String> recommendations = new ArrayList<>();
		analysis.get("recommendations").forEach(r -> recommendations.add("\"" + r.get("id").asString() + "\""));
		HttpResponse<String> planned = post("/api/action-plans", "{ \"analysisId\": \"" + analysis.get("id").asString()
				+ "\", \"recommendationIds\": " + recommendations + ", \"title\": \"Greeting\" }");
		assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
		String plan = json.readTree(planned.body()).get("id").asString();
		HttpResponse<byte[]> pdf = http.send(request("/api/action-plans/" + plan + "/export?format=pdf", true).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void checksTheRulesAndExits() throws Exception {
		Process check = new ProcessBuilder(java(), "-jar", JAR.toString(), "--check-rules").redirectErrorStream(true)
			.redirectOutput(folder.resolve("check-rules.log").toFile())
			.start();
		assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(check.exitValue()).as(Files.readString(folder.resolve("check-rules.log"))).isZero();
	}

	private static boolean healthy() {
		try {
			HttpResponse<String> health = get("/actuator/health", false);
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static HttpResponse<String> get(String path, boolean authenticated) throws IOException, InterruptedException {
		return http.send(request(path, authenticated).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return http.send(request(path, true).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(String path, boolean authenticated) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60));
		if (authenticated) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

}
