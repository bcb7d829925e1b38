package eu.serviceaudit.advisor.system.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.PlainAuditJson;
import eu.serviceaudit.advisor.scaleout.ServerTimeBenchmark;

/**
 * Not a test: the CPU time of reading the server-time benchmark's audit (12,000 findings + 2,000 responses, 1 MB of
 * JSON) from bytes, by data binding (as before, with the application's record creators) and token by token
 * ({@link PlainAuditJson}); one thread, the median of the timed rounds. Figures in docs/performance.md (issue 10).
 *
 * <pre>
 * java -XX:+UseParallelGC -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     eu.serviceaudit.advisor.system.web.AuditReadingBenchmark [rounds, 200]
 * </pre>
 */
public final class AuditReadingBenchmark {

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		JsonMapper mapper = JsonMapper.builder().addModule(new RecordCreators()).build();
		ObjectReader reader = mapper.readerFor(AuditRequest.class);
		byte[] body = ServerTimeBenchmark.bigAudit().getBytes(StandardCharsets.UTF_8);
		AuditRequest bound = reader.readValue(body);
		if (!bound.equals(plain(reader, body))) {
			throw new IllegalStateException("the two readers disagree");
		}
		for (int warm = 0; warm < rounds; warm++) {
			reader.readValue(body);
			plain(reader, body);
		}
		long[] binding = new long[rounds];
		long[] tokens = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			reader.readValue(body);
			binding[i] = System.nanoTime() - start;
			start = System.nanoTime();
			plain(reader, body);
			tokens[i] = System.nanoTime() - start;
		}
		System.out.printf(Locale.ROOT, "reading %,d bytes: data binding median %.2f ms, token by token median %.2f ms%n",
				body.length, median(binding), median(tokens));
	}

	static AuditRequest plain(ObjectReader reader, byte[] body) {
		try (JsonParser parser = reader.createParser(body)) {
			return PlainAuditJson.read(parser);
		}
	}

	static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

}
