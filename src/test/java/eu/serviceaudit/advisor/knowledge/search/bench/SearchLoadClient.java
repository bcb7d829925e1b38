package eu.serviceaudit.advisor.knowledge.search.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-rate HTTP load client for {@code GET /api/kb/search} that does not suffer from coordinated omission: request
 * i is due at {@code start + i / rate}, and its latency is measured from when it was due, not from when it was sent,
 * so a stall of the server shows up in the percentiles instead of slowing the client down. Benchmarks only.
 * <p>
 * Usage: {@code SearchLoadClient <base-url> <user:password> <requests-per-second> <seconds> [warmup-seconds]}
 */
public final class SearchLoadClient {

	private static final List<String> QUERIES = List.of("lang=en&q=complaint", "lang=et&q=kaebus",
			"lang=lv&q=" + encode("sūdzības"), "lang=ru&q=" + encode("жалобы"), "lang=uk&q=" + encode("скарги"),
			"lang=en&q=" + encode("greeting customers within 30 seconds"), "lang=et&q=" + encode("klientide tervitamine"),
			"lang=ru&q=" + encode("работа с жалобами клиентов") + "&type=EXERCISE",
			"lang=uk&q=" + encode("привітання клієнтів") + "&maxMinutes=30", "q=" + encode("queue management"),
			"lang=lv&q=" + encode("telefna zvani"), "lang=et&q=" + encode("tagasisde"));

	private SearchLoadClient() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
		int rate = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(4))
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		System.out.printf("warm-up: %d s at %d/s%n", warmup, rate);
		run(client, base, auth, rate, warmup);
		Result result = run(client, base, auth, rate, seconds);
		System.out.printf("fixed rate %d/s for %d s: sent %d, ok %d, errors %d, achieved %.0f/s%n", rate, seconds,
				result.latencies.length, result.ok, result.errors, result.latencies.length / result.elapsedSeconds);
		long[] sorted = result.latencies.clone();
		Arrays.sort(sorted);
		for (double p : new double[] { 50, 90, 99, 99.9, 100 }) {
			System.out.printf("  p%-5s %8.2f ms%n", p, percentile(sorted, p) / 1_000_000.0);
		}
		System.exit(0);
	}

	private record Result(long[] latencies, int ok, int errors, double elapsedSeconds) {
	}

	private static Result run(HttpClient client, String base, String auth, int rate, int seconds) throws Exception {
		int total = rate * seconds;
		long[] latencies = new long[total];
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		CompletableFuture<?>[] all = new CompletableFuture<?>[total];
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		long start = System.nanoTime() + 50_000_000;
		long intervalNanos = 1_000_000_000L / rate;
		for (int i = 0; i < total; i++) {
			long due = start + i * intervalNanos;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			int n = i;
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/kb/search?" + QUERIES.get(i % QUERIES.size())))
				.header("Authorization", auth)
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build();
			all[i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
				latencies[n] = System.nanoTime() - due;
				if (failure == null && response.statusCode() == 200) {
					ok.incrementAndGet();
				}
				else {
					errors.incrementAndGet();
				}
			});
		}
		CompletableFuture.allOf(all).exceptionally(t -> null).join();
		double elapsed = (System.nanoTime() - start) / 1e9;
		scheduler.shutdown();
		return new Result(latencies, ok.get(), errors.get(), elapsed);
	}

	private static long percentile(long[] sorted, double p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
