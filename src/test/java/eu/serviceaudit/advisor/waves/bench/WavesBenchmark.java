package eu.serviceaudit.advisor.waves.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import eu.serviceaudit.advisor.AuditAdvisorApplication;
import eu.serviceaudit.advisor.analysis.AnalysisService;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditRequest.FindingInput;
import eu.serviceaudit.advisor.audit.AuditRequest.LocationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ObservationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ResponseInput;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;

/**
 * A load client on loopback (benchmark, not a test): starts the app on its own H2 with the real rule engine, stores
 * a client with 24 waves and one with 2 waves of the same shape (50 locations × 8 visits × 30 criteria, and a
 * survey of 10 answers per location), logs in as the manager and times the dashboard and the client page (the
 * trend, key drivers and league table), and the comparison and key-driver APIs, of both clients, interleaved so
 * that both see the same machine. Prints medians, p90 and the ratio 24 waves ÷ 2 waves.
 * <p>
 * Usage: {@code WavesBenchmark [measured-rounds] [warm-up-rounds] [big-waves]} (defaults 200, 60, 24).
 */
public final class WavesBenchmark {

	static final String PASSWORD = "bench-password-2026";

	static final int LOCATIONS = 50;

	static final int VISITS = 8;

	static final int CRITERIA = 30;

	static final int ANSWERS = 10;

	private WavesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		int bigWaves = args.length > 2 ? Integer.parseInt(args[2]) : 24;
		Path data = Files.createTempDirectory("waves-bench");
		ConfigurableApplicationContext app = SpringApplication.run(AuditAdvisorApplication.class, "--server.port=0",
				"--advisor.data-dir=" + data, "--advisor.demo.enabled=false", "--advisor.bootstrap-password=" + PASSWORD,
				"--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			AnalysisService service = app.getBean(AnalysisService.class);
			List<String> criteria = app.getBean(CriteriaCatalogue.class).all().stream().map(Criterion::code)
				.limit(CRITERIA).toList();
			long loading = System.nanoTime();
			String big = "Benchmark Suur AS";
			String small = "Benchmark Väike AS";
			String bigLatest = null;
			for (int w = 0; w < bigWaves; w++) {
				bigLatest = service.analyse(audit(big, w, criteria)).id();
			}
			String smallLatest = null;
			for (int w = 0; w < 2; w++) {
				smallLatest = service.analyse(audit(small, w, criteria)).id();
			}
			System.out.printf("stored %d + 2 waves of %,d findings each in %.0f s%n", bigWaves,
					LOCATIONS * VISITS * CRITERIA, (System.nanoTime() - loading) / 1e9);

			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
			String base = "http://127.0.0.1:" + port;
			login(http, base);
			Map<String, String[]> pages = new LinkedHashMap<>();
			pages.put("dashboard page", new String[] { "/dashboard?client=" + encode(big), "/dashboard?client=" + encode(small) });
			pages.put("client page (trend, drivers, league)", new String[] { "/clients/" + path(big), "/clients/" + path(small) });
			pages.put("GET comparison API", new String[] { "/api/analyses/" + bigLatest + "/comparison",
					"/api/analyses/" + smallLatest + "/comparison" });
			pages.put("GET drivers API", new String[] { "/api/clients/" + path(big) + "/drivers",
					"/api/clients/" + path(small) + "/drivers" });
			String basic = "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("manager:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			for (var entry : pages.entrySet()) {
				String[] paths = entry.getValue();
				long[][] times = new long[2][rounds];
				for (int i = 0; i < warmup + rounds; i++) {
					for (int which = 0; which < 2; which++) {
						int index = (i + which) % 2; // alternate which client goes first
						long started = System.nanoTime();
						get(http, base + paths[index], paths[index].startsWith("/api") ? basic : null);
						long took = System.nanoTime() - started;
						if (i >= warmup) {
							times[index][i - warmup] = took;
						}
					}
				}
				report(entry.getKey(), bigWaves, times[0], times[1]);
			}
		}
		finally {
			app.close();
		}
	}

	/** One wave: quality differs by location and improves a little from wave to wave; a few visits fail hard. */
	static AuditRequest audit(String client, int wave, List<String> criteria) {
		Random random = new Random(31L * wave + client.hashCode());
		LocalDate start = LocalDate.of(2024, 1, 10).plusMonths(wave);
		List<LocationInput> locations = new ArrayList<>();
		List<ObservationInput> observations = new ArrayList<>();
		for (int l = 0; l < LOCATIONS; l++) {
			String location = "L" + l;
			locations.add(new LocationInput(location, "Location " + l));
			double quality = 0.45 + 0.4 * ((l * 37) % LOCATIONS) / LOCATIONS + 0.005 * wave;
			for (int v = 0; v < VISITS; v++) {
				List<FindingInput> findings = new ArrayList<>();
				for (String criterion : criteria) {
					double p = Math.min(0.97, quality + 0.1 * random.nextGaussian());
					double score = random.nextDouble() < p ? (random.nextDouble() < 0.7 ? 4 : 3) : random.nextInt(3);
					findings.add(new FindingInput(criterion, score, 0.0, 4.0, null));
				}
				observations.add(new ObservationInput("MS-" + l + "-" + v, "MYSTERY_SHOP", location, "IN_PERSON",
						start.plusDays(v).toString(), findings, null));
			}
			List<ResponseInput> answers = new ArrayList<>();
			for (int a = 0; a < ANSWERS; a++) {
				double recommend = Math.max(0, Math.min(10, Math.round(quality * 10 + 2 * random.nextGaussian())));
				double satisfaction = Math.max(1, Math.min(5, Math.round(quality * 5 + random.nextGaussian())));
				answers.add(new ResponseInput(recommend, satisfaction, 3.0,
						recommend <= 3 ? "Nobody helped me and I left" : null));
			}
			observations.add(new ObservationInput("CS-" + l, "CUSTOMER_SURVEY", location, null,
					start.plusDays(VISITS + 2).toString(), null, answers));
		}
		return new AuditRequest(client, "W" + (wave + 1), "en", locations, observations);
	}

	static void login(HttpClient http, String base) throws Exception {
		String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String body = "username=manager&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login failed: " + response.statusCode());
		}
	}

	static void get(HttpClient http, String url, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
	}

	static void report(String what, int bigWaves, long[] big, long[] small) {
		double bigMedian = percentile(big, 50);
		double smallMedian = percentile(small, 50);
		System.out.printf("%-38s %2d waves p50 %7.2f ms p90 %7.2f ms | 2 waves p50 %7.2f ms p90 %7.2f ms | ratio p50 %.2f%n",
				what, bigWaves, bigMedian, percentile(big, 90), smallMedian, percentile(small, 90), bigMedian / smallMedian);
	}

	static double percentile(long[] nanos, double p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static String path(String text) {
		return encode(text).replace("+", "%20");
	}

}
