package eu.serviceaudit.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.PlainAuditJson;
import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.system.web.PayloadTooLargeException;

/**
 * A posted audit is read token by token when it is plain JSON of an audit, and by Jackson's data binding otherwise:
 * either way the audit read, and the answer to a body that does not fit, are what data binding alone gives.
 */
class AuditBodyReadingTests extends ApiTestSupport {

	static final String VALID = AnalysisInputTests.VALID;

	@Autowired
	AuditRequestConverter converter;

	/** Bodies that are plain, and bodies that are not (each read by data binding), with their answers compared. */
	static List<String> bodies() {
		List<String> bodies = new ArrayList<>();
		bodies.add(VALID);
		bodies.add(resource("/samples/kohvik-paike-2026q4.json"));
		// plain: nulls, missing fields, whole and fractional numbers, escapes, empty lists, a sector
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": 0.25,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": -0.0,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": 1e999,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": 1E-3,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": 12345678901234567890123,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": null,"));
		bodies.add(VALID.replace("\"score\": 0,", ""));
		bodies.add(VALID.replace("\"language\": \"en\",", "\"language\": null, \"sector\": \"RETAIL\","));
		bodies.add(VALID.replace("\"client\": \"Kohvik Päike OÜ\",", ""));
		bodies.add(VALID.replace("Kohvik Päike", "Kohvik \\\"P\\u00e4ike\\\"\\n"));
		bodies.add(VALID.replace("\"locations\": [ { \"id\": \"TLN-1\", \"name\": \"Tallinn\" } ]", "\"locations\": null"));
		bodies.add(VALID.replace("\"locations\": [ { \"id\": \"TLN-1\", \"name\": \"Tallinn\" } ]", "\"locations\": []"));
		bodies.add(VALID.replace("\"findings\": [ { \"criterion\": \"GREETING\", \"score\": 0, \"min\": 0, \"max\": 1 } ]",
				"\"findings\": [], \"responses\": null"));
		bodies.add(VALID.replace("\"recommend\": 6,", "\"recommend\": 6.5,"));
		bodies.add("{}");
		bodies.add("{\"observations\": null}");
		bodies.add("\uFEFF" + VALID);
		// large enough to be read in two parts at once: plain, and not plain near its end
		String large = large();
		bodies.add(large);
		bodies.add(large.substring(0, large.length() - 2000) + large.substring(large.length() - 2000)
			.replaceFirst("\"criterion\"", "\"weight\": 2, \"criterion\""));
		// not plain: coercions, unknown and duplicate fields, null or scalar elements, other shapes
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": \"0\","));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": \"abc\","));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": true,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": {},"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": [0],"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": 0, \"score\": 1,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": 0, \"weight\": 2,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": NaN,"));
		bodies.add(VALID.replace("\"score\": 0,", "\"score\": " + "9".repeat(5_000) + ","));
		bodies.add(VALID.replace("\"wave\": \"2026-Q4\"", "\"wave\": 2026"));
		bodies.add(VALID.replace("\"wave\": \"2026-Q4\"", "\"wave\": [\"2026-Q4\"]"));
		bodies.add(VALID.replace("\"wave\": \"2026-Q4\"", "\"wave\": \"2026-Q4\", \"wave\": \"2026-Q3\""));
		bodies.add(VALID.replace("\"wave\": \"2026-Q4\"", "\"wave\": \"2026-Q4\", \"notes\": {\"a\": [1, 2]}"));
		bodies.add(VALID.replace("\"date\": \"2026-10-02\"", "\"date\": 20261002"));
		bodies.add(VALID.replace("\"findings\": [ {", "\"findings\": [ null, {"));
		bodies.add(VALID.replace("\"findings\": [ {", "\"findings\": [ 7, {"));
		bodies.add(VALID.replace("\"findings\": [ { \"criterion\": \"GREETING\", \"score\": 0, \"min\": 0, \"max\": 1 } ]",
				"\"findings\": { \"criterion\": \"GREETING\", \"score\": 0, \"min\": 0, \"max\": 1 }"));
		bodies.add(VALID.replace("\"observations\": [", "\"observations\": [ null,"));
		bodies.add(VALID.replace("\"observations\": [", "\"observations\": \"none\", \"x\": ["));
		bodies.add(VALID.replace("\"locations\": [ {", "\"locations\": [ \"TLN-1\", {"));
		bodies.add(VALID.replace("Kohvik Päike", "Kohvik\u0001Päike"));
		bodies.add(VALID + " {}");
		bodies.add(VALID + " x");
		bodies.add(VALID.substring(0, VALID.length() / 2));
		bodies.add("{\n  \"client\": \"x\",\n  \"wave\": 2026-Q4\n}");
		bodies.add("{\"client\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");
		bodies.add("[]");
		bodies.add("null");
		bodies.add("\"audit\"");
		bodies.add("{\"client\": \"x\" // a comment\n}");
		return bodies;
	}

	/** The sample's observations repeated until the body is past the size from which it is read in two parts. */
	static String large() {
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		tools.jackson.databind.node.ObjectNode sample = (tools.jackson.databind.node.ObjectNode) json
			.readTree(resource("/samples/kohvik-paike-2026q4.json"));
		tools.jackson.databind.node.ArrayNode observations = json.createArrayNode();
		for (int copy = 0; json.writeValueAsBytes(observations).length < 2 * PlainAuditJson.SPLIT_FROM_BYTES; copy++) {
			for (JsonNode observation : sample.get("observations")) {
				observations.add(((tools.jackson.databind.node.ObjectNode) observation.deepCopy()).put("id",
						observation.get("id").asString() + "-" + copy));
			}
		}
		sample.set("observations", observations);
		return sample.toPrettyString();
	}

	@Test
	void readsEveryBodyAsDataBindingDoes() {
		JacksonJsonHttpMessageConverter dataBinding = new JacksonJsonHttpMessageConverter(json);
		for (String body : bodies()) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			assertThat(outcome(() -> converter.read(AuditRequest.class, message(bytes))))
				.as(body.length() > 300 ? body.substring(0, 300) : body)
				.isEqualTo(outcome(() -> dataBinding.read(AuditRequest.class, message(bytes))));
		}
	}

	@Test
	void answersABodyCutOffByTheSizeLimitAsDataBindingDoes() {
		JacksonJsonHttpMessageConverter dataBinding = new JacksonJsonHttpMessageConverter(json);
		byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
		for (int cut : new int[] { 0, 1, 100, bytes.length - 1, bytes.length }) {
			assertThat(outcome(() -> converter.read(AuditRequest.class, tooLarge(bytes, cut))))
				.as("cut at " + cut)
				.isEqualTo(outcome(() -> dataBinding.read(AuditRequest.class, tooLarge(bytes, cut))))
				.contains("larger than 10 MiB");
		}
	}

	@Test
	void readsAPlainAuditTokenByToken() {
		for (String body : List.of(VALID, resource("/samples/kohvik-paike-2026q4.json"), "{}")) {
			AuditRequest plain = PlainAuditJson.read(json.createParser(body));
			assertThat(plain).isEqualTo(json.readValue(body, AuditRequest.class));
		}
		assertThat(PlainAuditJson.read(json.createParser(VALID.replace("\"score\": 0,", "\"score\": \"0\",")))).isNull();
		assertThat(PlainAuditJson.read(json.createParser(VALID + " {}"))).isNull();
	}

	@Test
	void namesTheFieldOfABodyThatDoesNotFitAsBefore() throws Exception {
		JsonNode wrongType = refused(400, VALID.replace("\"score\": 0,", "\"score\": \"abc\","));
		assertThat(wrongType.get("detail").asString())
			.startsWith("The JSON does not fit the expected shape at /observations/0/findings/0/score (line 5, column");
		JsonNode wrongList = refused(400, VALID.replace("\"observations\": [", "\"observations\": \"none\", \"x\": ["));
		assertThat(wrongList.get("detail").asString()).startsWith("The JSON does not fit the expected shape at /observations");
		JsonNode notJson = refused(400, VALID.replace("\"score\": 0,", "\"score\": NaN,"));
		assertThat(notJson.get("detail").asString()).startsWith("The body is not valid JSON (line 5, column");
	}

	@Test
	void validatesWhatDataBindingReadsAsBefore() throws Exception {
		JsonNode nullFinding = refused(422, VALID.replace("\"findings\": [ {", "\"findings\": [ null, {"));
		assertThat(nullFinding.get("errors").get(0).get("pointer").asString()).isEqualTo("/observations/0/findings/0");
		assertThat(nullFinding.get("errors").get(0).get("message").asString())
			.isEqualTo("must be an object with criterion and score");
		JsonNode infinite = refused(422, VALID.replace("\"score\": 0,", "\"score\": 1e999,"));
		assertThat(infinite.get("errors").get(0).get("pointer").asString()).isEqualTo("/observations/0/findings/0/score");
		assertThat(infinite.get("errors").get(0).get("message").asString()).isEqualTo("must be a finite number");
		JsonNode missing = refused(422, VALID.replace("\"score\": 0,", ""));
		assertThat(missing.get("errors").get(0).get("pointer").asString()).isEqualTo("/observations/0/findings/0/score");
		assertThat(missing.get("errors").get(0).get("message").asString()).isEqualTo("is required");
		JsonNode textScore = refused(422, VALID.replace("\"score\": 0,", "\"score\": \"5\","));
		assertThat(textScore.get("errors").get(0).get("pointer").asString()).isEqualTo("/observations/0/findings/0/score");
	}

	private JsonNode refused(int status, String body) throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/api/analyses").with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static HttpInputMessage message(byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpInputMessage() {
			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}
		};
	}

	/** The first {@code cut} bytes of {@code body}, then the size limit's exception, as on a chunked body. */
	private static HttpInputMessage tooLarge(byte[] body, int cut) {
		HttpInputMessage whole = message(body);
		return new HttpInputMessage() {
			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body, 0, cut) {
					@Override
					public synchronized int read(byte[] buffer, int offset, int length) {
						int n = super.read(buffer, offset, length);
						if (n < 0) {
							throw new PayloadTooLargeException("The request body is larger than 10 MiB.");
						}
						return n;
					}
				};
			}

			@Override
			public HttpHeaders getHeaders() {
				return whole.getHeaders();
			}
		};
	}

	interface Read {

		Object read() throws Exception;

	}

	/** What was read, or the failure: its class, message and cause's class and message. */
	private static String outcome(Read read) {
		try {
			return "read " + Objects.toString(read.read());
		}
		catch (Exception ex) {
			Throwable cause = ex.getCause();
			return ex.getClass().getName() + ": " + ex.getMessage()
					+ (cause == null ? "" : " / " + cause.getClass().getName() + ": " + cause.getMessage());
		}
	}

}
