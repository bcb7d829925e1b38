package eu.serviceaudit.advisor.scaleout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.AuditAdvisorApplication;
import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.support.PostgresSchema;

/**
 * A load client on loopback (not a test, not timed by JUnit): starts one instance on H2 or PostgreSQL, posts audits
 * of 12,000 findings and 2,000 survey responses, and prints the server-side time of {@code POST /api/analyses}
 * ({@code http.server.requests}) beside the rule engine's part ({@code advisor.analysis}) of the same requests; then
 * the time of the analyses list with 10 and with 10,000 stored analyses. Figures in docs/performance.md.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     eu.serviceaudit.advisor.scaleout.ServerTimeBenchmark h2|postgres [requests] [all|post|list] [warm-up requests, 2]
 * </pre>
 */
public final class ServerTimeBenchmark {

	static final String PASSWORD = "benchmark-password-2026";

	static final JsonMapper json = JsonMapper.builder().build();

	static final HttpClient http = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		String part = args.length > 2 ? args[2] : "all";
		int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		List<String> options = new ArrayList<>(List.of("--server.port=0", "--advisor.demo.enabled=false",
				"--advisor.data-dir=./target/bench-data/" + UUID.randomUUID(), "--advisor.bootstrap-password=" + PASSWORD,
				"--logging.level.root=WARN"));
		PostgresSchema schema = null;
		if (database.equals("postgres")) {
			schema = PostgresSchema.create();
			options.add("--spring.datasource.url=" + schema.url() + "&reWriteBatchedInserts=true");
			options.add("--spring.datasource.username=" + schema.user());
			options.add("--spring.datasource.password=");
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AuditAdvisorApplication.class)
			.run(options.toArray(String[]::new))) {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			MeterRegistry meters = app.getBean(MeterRegistry.class);
			dataSource = app.getBean(javax.sql.DataSource.class);
			if (!part.equals("list")) {
				posts(meters, base, database, requests, warmUps);
			}
			if (!part.equals("post")) {
				list(app.getBean(JdbcClient.class), base);
			}
		}
		finally {
			if (schema != null) {
				schema.drop();
			}
		}
	}

	static void posts(MeterRegistry meters, String base, String database, int requests, int warmUps)
			throws Exception {
		{
			String audit = bigAudit();
			for (int i = 0; i < warmUps; i++) {
				post(base, audit);
			}
			Snapshot httpBefore = snapshot(meters, "http.server.requests", "uri", "/api/analyses", "method", "POST");
			Snapshot rulesBefore = snapshot(meters, "advisor.analysis", "outcome", "success");
			for (int i = 0; i < requests; i++) {
				post(base, audit);
			}
			Snapshot server = snapshot(meters, "http.server.requests", "uri", "/api/analyses", "method", "POST")
				.minus(httpBefore);
			Snapshot rules = snapshot(meters, "advisor.analysis", "outcome", "success").minus(rulesBefore);
			System.out.printf(Locale.ROOT, "%s: %d POST /api/analyses of 12,000 findings + 2,000 responses%n", database,
					server.count());
			System.out.printf(Locale.ROOT, "  http.server.requests mean %.0f ms, advisor.analysis mean %.0f ms, ratio %.2f%n",
					server.meanMillis(), rules.meanMillis(), server.meanMillis() / rules.meanMillis());

		}
	}

	static void list(JdbcClient jdbc, String base) throws Exception {
		post(base, smallAudit());
		fill(jdbc, 10);
		double ten = listMillis(base);
		fill(jdbc, 10_000);
		double tenThousand = listMillis(base);
		System.out.printf(Locale.ROOT, "  GET /api/analyses?limit=20 median: %.1f ms with %d stored, %.1f ms with %d stored%n",
				ten, 10, tenThousand, count(jdbc));
	}

	/** The sample's first mystery shop alone: a small stored analysis to copy into a long list. */
	static String smallAudit() {
		ObjectNode sample = (ObjectNode) json.readTree(ApiTestSupport.resource("/samples/kohvik-paike-2026q4.json"));
		ArrayNode first = json.createArrayNode();
		first.add(sample.get("observations").get(0));
		sample.set("observations", first);
		return json.writeValueAsString(sample);
	}

	/** The sample audit scaled up: its mystery shops repeated to 12,000 findings, its survey to 2,000 responses. */
	public static String bigAudit() {
		ObjectNode sample = (ObjectNode) json.readTree(ApiTestSupport.resource("/samples/kohvik-paike-2026q4.json"));
		ArrayNode observations = json.createArrayNode();
		List<JsonNode> shops = new ArrayList<>();
		JsonNode survey = null;
		for (JsonNode o : sample.get("observations")) {
			if (o.get("id").asString().startsWith("MS-")) {
				shops.add(o);
			}
			if (o.has("responses")) {
				survey = o;
			}
		}
		int findings = 0;
		for (int n = 0; findings < 12_000; n++) {
			ObjectNode shop = ((ObjectNode) shops.get(n % shops.size())).deepCopy();
			ArrayNode kept = json.createArrayNode();
			for (JsonNode finding : shop.get("findings")) {
				if (findings < 12_000) {
					kept.add(finding);
					findings++;
				}
			}
			shop.set("findings", kept);
			shop.put("id", "MS-" + n);
			observations.add(shop);
		}
		for (int n = 0; n < 2_000 / survey.get("responses").size(); n++) {
			ObjectNode copy = ((ObjectNode) survey).deepCopy();
			copy.put("id", "CS-" + n);
			observations.add(copy);
		}
		sample.set("observations", observations);
		return json.writeValueAsString(sample);
	}

	static void post(String base, String audit) throws Exception {
		HttpResponse<String> response = http.send(authorised(base + "/api/analyses")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(audit))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}

	/**
	 * Copies the smallest stored analysis until {@code total} are stored (the analyses rows only: the list reads
	 * nothing else), each a minute older than the one before.
	 */
	static void fill(JdbcClient jdbc, int total) {
		String template = jdbc.sql("SELECT id FROM analyses ORDER BY LENGTH(result_doc) FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.single();
		List<Object[]> rows = new ArrayList<>();
		long stored = count(jdbc);
		for (long i = stored; i < total; i++) {
			rows.add(new Object[] { UUID.randomUUID().toString(),
					java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(i))), template });
		}
		new org.springframework.jdbc.core.JdbcTemplate(dataSource(jdbc)).batchUpdate("""
				INSERT INTO analyses (id, client, wave, language, created_at, rules_version, audit_doc, result_doc, wave_id,
					overall_score, alert_count, latest_observed_on)
				SELECT ?, client, wave, language, ?, rules_version, audit_doc, result_doc, wave_id, overall_score, alert_count,
					latest_observed_on
				FROM analyses WHERE id = ?""", rows);
	}

	static javax.sql.DataSource dataSource(JdbcClient jdbc) {
		return dataSource;
	}

	static javax.sql.DataSource dataSource;

	static long count(JdbcClient jdbc) {
		return jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single();
	}

	static double listMillis(String base) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(authorised(base + "/api/analyses?limit=20").GET().build(),
					HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			if (i >= 10) {
				times.add(took);
			}
		}
		times.sort(null);
		return times.get(times.size() / 2) / 1e6;
	}

	static HttpRequest.Builder authorised(String url) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(5))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("consultant:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	static Snapshot snapshot(MeterRegistry meters, String name, String... tags) {
		long count = 0;
		double total = 0;
		for (Timer timer : meters.find(name).tags(tags).timers()) {
			count += timer.count();
			total += timer.totalTime(TimeUnit.MILLISECONDS);
		}
		return new Snapshot(count, total);
	}

	record Snapshot(long count, double totalMillis) {

		Snapshot minus(Snapshot before) {
			return new Snapshot(count - before.count, totalMillis - before.totalMillis);
		}

		double meanMillis() {
			return count == 0 ? Double.NaN : totalMillis / count;
		}

	}

}
