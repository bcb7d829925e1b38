package eu.serviceaudit.advisor.persistence;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.AuditAdvisorApplication;
import eu.serviceaudit.advisor.analysis.StoredDocument;

/**
 * Kills the application with SIGKILL in the middle of a stream of writes, restarts it on the same data folder and
 * checks that every write that was answered 2xx is there and that the database is consistent.
 */
class CrashConsistencyTests {

	static final String PASSWORD = "crash-test-password";

	static final String AUTH = "Basic "
			+ Base64.getEncoder().encodeToString(("consultant:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** Acknowledged analyses: id → findings in the answer. */
	private final Map<String, Integer> analyses = new ConcurrentHashMap<>();

	/** Acknowledged plans: id → the last version a 2xx answer gave. */
	private final Map<String, Integer> plans = new ConcurrentHashMap<>();

	@Test
	void shouldKeepEveryAcknowledgedWriteAndStayConsistentAfterAKill() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-data-");
		int port = freePort();
		Process app = start(dataDir, port, "first");
		try {
			awaitHealthy(app, port);
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger failures = new AtomicInteger();
			ExecutorService writers = Executors.newFixedThreadPool(4);
			for (int w = 0; w < 4; w++) {
				int writer = w;
				writers.submit(() -> write(port, writer, running, failures));
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while ((analyses.size() < 30 || plans.size() < 8) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			running.set(false);
			writers.shutdown();
			assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
			assertThat(analyses).hasSizeGreaterThanOrEqualTo(30);
			assertThat(plans).hasSizeGreaterThanOrEqualTo(8);
		}
		finally {
			app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}

		Process restarted = start(dataDir, port, "second");
		try {
			awaitHealthy(restarted, port);
			for (Map.Entry<String, Integer> analysis : analyses.entrySet()) {
				HttpResponse<String> response = get(port, "/api/analyses/" + analysis.getKey());
				assertThat(response.statusCode()).as("acknowledged analysis %s", analysis.getKey()).isEqualTo(200);
				assertThat(json.readTree(response.body()).get("summary").get("findings").asInt())
					.isEqualTo(analysis.getValue());
			}
			for (Map.Entry<String, Integer> plan : plans.entrySet()) {
				HttpResponse<String> response = get(port, "/api/action-plans/" + plan.getKey());
				assertThat(response.statusCode()).as("acknowledged plan %s", plan.getKey()).isEqualTo(200);
				JsonNode body = json.readTree(response.body());
				assertThat(body.get("version").asInt()).as("version of plan %s", plan.getKey())
					.isGreaterThanOrEqualTo(plan.getValue());
				assertThat(body.get("items").size()).isEqualTo(1);
			}
		}
		finally {
			restarted.destroy();
			if (!restarted.waitFor(20, TimeUnit.SECONDS)) {
				restarted.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		assertConsistent(dataDir);
	}

	private void write(int port, int writer, AtomicBoolean running, AtomicInteger failures) {
		int n = 0;
		while (running.get()) {
			try {
				n++;
				HttpResponse<String> created = send(port, "POST", "/api/analyses", audit("Crash Client " + writer, "W" + n));
				if (created.statusCode() != 201) {
					failures.incrementAndGet();
					continue;
				}
				JsonNode analysis = json.readTree(created.body());
				analyses.put(analysis.get("id").asString(), analysis.get("summary").get("findings").asInt());
				if (n % 3 != 0) {
					continue;
				}
				String plan = json.writeValueAsString(Map.of("analysisId", analysis.get("id").asString(),
						"recommendationIds", List.of(analysis.get("recommendations").get(0).get("id").asString())));
				HttpResponse<String> planned = send(port, "POST", "/api/action-plans", plan);
				if (planned.statusCode() != 201) {
					failures.incrementAndGet();
					continue;
				}
				JsonNode planBody = json.readTree(planned.body());
				String planId = planBody.get("id").asString();
				plans.put(planId, planBody.get("version").asInt());
				String patch = json.writeValueAsString(Map.of("status", "IN_PROGRESS", "note", "started " + n, "version",
						planBody.get("version").asInt()));
				HttpResponse<String> patched = send(port, "PATCH",
						"/api/action-plans/" + planId + "/items/" + planBody.get("items").get(0).get("id").asString(),
						patch);
				if (patched.statusCode() == 200) {
					plans.put(planId, json.readTree(patched.body()).get("version").asInt());
				}
			}
			catch (IOException | RuntimeException ex) {
				// the server went away mid-request: that write was not acknowledged
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static String audit(String client, String wave) {
		StringBuilder observations = new StringBuilder();
		for (int i = 1; i <= 3; i++) {
			observations.append(i > 1 ? "," : "").append("""
					{"id":"MS-%d","method":"MYSTERY_SHOP","locationId":"L%d","date":"2026-10-0%d","findings":[
					 {"criterion":"GREETING","score":0,"min":0,"max":1,"comment":"nobody greeted"},
					 {"criterion":"PRODUCT_KNOWLEDGE","score":5,"min":1,"max":5},
					 {"criterion":"FAREWELL","score":1,"min":0,"max":1}]}""".formatted(i, i, i));
		}
		return """
				{"client":"%s","wave":"%s","language":"et","locations":[{"id":"L1"},{"id":"L2"},{"id":"L3"}],
				 "observations":[%s]}""".formatted(client, wave, observations);
	}

	private void assertConsistent(Path dataDir) throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("advisor"), "sa", "");
				Statement sql = db.createStatement()) {
			assertThat(single(sql, "SELECT COUNT(*) FROM action_plan_items i LEFT JOIN action_plans p ON p.id = i.plan_id WHERE p.id IS NULL")).isZero();
			assertThat(single(sql, "SELECT COUNT(*) FROM action_plans p LEFT JOIN analyses a ON a.id = p.analysis_id WHERE a.id IS NULL")).isZero();
			assertThat(single(sql, "SELECT COUNT(*) FROM action_plans p WHERE NOT EXISTS (SELECT 1 FROM action_plan_items i WHERE i.plan_id = p.id)")).isZero();
			assertThat(single(sql, "SELECT COUNT(*) FROM analyses WHERE wave_id IS NULL")).isZero();
			// every stored analysis has its audit whole, with exactly the findings its answer counts
			try (ResultSet rs = sql.executeQuery("SELECT a.result_doc, a.audit_doc FROM analyses a")) {
				int rows = 0;
				while (rs.next()) {
					rows++;
					JsonNode audit = json.readTree(StoredDocument.json(rs.getBytes(2)));
					long findings = 0;
					for (JsonNode observation : audit.get("observations")) {
						findings += observation.get("findings").size();
					}
					assertThat(findings).isEqualTo(json.readTree(StoredDocument.json(rs.getBytes(1))).get("summary").get("findings").asLong());
				}
				assertThat(rows).isGreaterThanOrEqualTo(analyses.size());
			}
		}
	}

	private static long single(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private Process start(Path dataDir, int port, String name) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				AuditAdvisorApplication.class.getName(), "--server.port=" + port, "--advisor.data-dir=" + dataDir,
				"--advisor.bootstrap-password=" + PASSWORD, "--logging.level.root=WARN");
		builder.redirectErrorStream(true);
		builder.redirectOutput(dataDir.resolve(name + ".log").toFile());
		return builder.start();
	}

	private void awaitHealthy(Process app, int port) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the application stopped while starting; see its log in the data folder").isTrue();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the application did not become healthy within 60 s");
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", AUTH)
			.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(int port, String method, String path, String body)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", AUTH)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
