package eu.serviceaudit.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * The bad-input list of CONTRACT.md section 3 through HTTP: each is refused with problem JSON naming what is wrong,
 * never a 500, and nothing is stored.
 */
class AnalysisInputTests extends ApiTestSupport {

	static final String VALID = """
			{ "client": "Kohvik Päike OÜ", "wave": "2026-Q4", "language": "en",
			  "locations": [ { "id": "TLN-1", "name": "Tallinn" } ],
			  "observations": [
			    { "id": "MS-01", "method": "MYSTERY_SHOP", "locationId": "TLN-1", "date": "2026-10-02",
			      "findings": [ { "criterion": "GREETING", "score": 0, "min": 0, "max": 1 } ] },
			    { "id": "CS-01", "method": "CUSTOMER_SURVEY", "locationId": "TLN-1", "date": "2026-10-05",
			      "responses": [ { "recommend": 6, "satisfaction": 3, "effort": 5, "comment": "Slow" } ] } ] }
			""";

	@Test
	void shouldAcceptTheValidBaseAudit() throws Exception {
		assertThat(analyse(VALID).get("recommendations")).isNotEmpty();
	}

	@Test
	void shouldRefuseAnUnknownCriterion() throws Exception {
		refused(422, audit(a -> finding(a).put("criterion", "SMILING_WIDELY")), "/observations/0/findings/0/criterion");
	}

	@Test
	void shouldRefuseAScoreOutsideMinAndMax() throws Exception {
		refused(422, audit(a -> finding(a).put("score", 2)), "/observations/0/findings/0/score");
		refused(422, audit(a -> finding(a).put("score", -0.5)), "/observations/0/findings/0/score");
	}

	@Test
	void shouldRefuseMinNotBelowMax() throws Exception {
		refused(422, audit(a -> finding(a).put("min", 1).put("max", 1)), "/observations/0/findings/0/max");
	}

	@Test
	void shouldRefuseADuplicateObservationId() throws Exception {
		refused(422, audit(a -> ((ObjectNode) a.get("observations").get(1)).put("id", "MS-01")), "/observations/1/id");
	}

	@Test
	void shouldRefuseAnUnknownLocation() throws Exception {
		refused(422, audit(a -> observation(a).put("locationId", "RIGA-9")), "/observations/0/locationId");
	}

	@Test
	void shouldRefuseADateThatIsNotIso8601() throws Exception {
		refused(422, audit(a -> observation(a).put("date", "02.10.2026")), "/observations/0/date");
	}

	@Test
	void shouldRefuseAnObservationWithoutFindingsAndResponses() throws Exception {
		refused(422, audit(a -> observation(a).set("findings", json.createArrayNode())), "/observations/0");
		refused(422, audit(a -> a.set("observations", json.createArrayNode())), "/observations");
	}

	@Test
	void shouldNameEveryBadFieldAtOnce() throws Exception {
		JsonNode problem = refused(422, audit(a -> {
			finding(a).put("criterion", "NOPE").put("score", 5);
			observation(a).put("date", "yesterday");
		}), "/observations/0/findings/0/criterion");
		List<String> pointers = new ArrayList<>();
		problem.get("errors").forEach(e -> pointers.add(e.get("pointer").asString()));
		assertThat(pointers).contains("/observations/0/findings/0/score", "/observations/0/date");
	}

	@Test
	void shouldRefuseMalformedJsonSayingWhere() throws Exception {
		JsonNode problem = refused(400, "{\n  \"client\": \"x\",\n  \"wave\": 2026-Q4\n}", null);
		assertThat(problem.get("detail").asString()).contains("line 3").contains("column");
	}

	@Test
	void shouldRefuseDeepNesting() throws Exception {
		String deep = "[".repeat(5_000) + "]".repeat(5_000);
		refused(400, "{\"client\": " + deep + "}", null);
	}

	@Test
	void shouldRefuseInfiniteAndHugeNumbers() throws Exception {
		refused(422, VALID.replace("\"score\": 0,", "\"score\": 1e999,"), "/observations/0/findings/0/score");
		String huge = "9".repeat(5_000);
		JsonNode problem = postAudit(VALID.replace("\"max\": 1 }", "\"max\": " + huge + " }"), as("consultant"));
		assertThat(problem.get("status").asInt()).isIn(400, 422);
	}

	@Test
	void shouldRefuseNaN() throws Exception {
		refused(400, VALID.replace("\"score\": 0,", "\"score\": NaN,"), null);
	}

	@Test
	void shouldRefuseControlCharacters() throws Exception {
		refused(422, audit(a -> a.put("client", "Kohvik\u0007Päike")), "/client");
		refused(400, VALID.replace("Kohvik Päike", "Kohvik\u0001Päike"), null);
	}

	@Test
	void shouldRefuseABodyOver10MiB() throws Exception {
		String padding = " ".repeat(10 * 1024 * 1024 + 1);
		refused(413, VALID.replace("\"wave\"", padding + "\"wave\""), null);
	}

	@Test
	void shouldRefuseAWrongRoleAndMissingCredentials() throws Exception {
		int before = stored();
		MockHttpServletResponse forbidden = mvc.perform(post("/api/analyses").with(as("trainer"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID)).andReturn().getResponse();
		MockHttpServletResponse anonymous = mvc.perform(post("/api/analyses")
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID)).andReturn().getResponse();
		MockHttpServletResponse wrongPassword = mvc.perform(post("/api/analyses")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("consultant", "not-the-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID)).andReturn().getResponse();

		assertProblem(forbidden, 403);
		assertProblem(anonymous, 401);
		assertProblem(wrongPassword, 401);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void shouldAnswer404ForAnUnknownAnalysis() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/analyses/no-such-id").with(as("manager")))
			.andReturn()
			.getResponse();
		assertProblem(response, 404);
	}

	/** Posts, expects the status and a problem naming the pointer (when given), and that nothing was stored. */
	private JsonNode refused(int status, String body, String pointer) throws Exception {
		int before = stored();
		JsonNode problem = postAudit(body, as("consultant"));
		assertThat(problem.get("status").asInt()).as(problem.toString()).isEqualTo(status);
		if (pointer != null) {
			List<String> pointers = new ArrayList<>();
			problem.get("errors").forEach(e -> {
				pointers.add(e.get("pointer").asString());
				assertThat(e.get("message").asString()).isNotBlank();
			});
			assertThat(pointers).contains(pointer);
		}
		assertThat(stored()).as("nothing is stored").isEqualTo(before);
		return problem;
	}

	private JsonNode postAudit(String body, RequestPostProcessor user) throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/api/analyses")
					.with(user)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body.getBytes(StandardCharsets.UTF_8)))
			.andReturn()
			.getResponse();
		return assertProblem(response, response.getStatus());
	}

	private JsonNode assertProblem(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status).isBetween(400, 499);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
		JsonNode problem = read(text);
		assertThat(problem.get("type").asString()).isNotBlank();
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		return problem;
	}

	private int stored() throws Exception {
		return read(mvc.perform(get("/api/analyses").with(as("admin"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).get("total").asInt();
	}

	private String audit(Consumer<ObjectNode> change) {
		ObjectNode audit = (ObjectNode) read(VALID);
		change.accept(audit);
		return json.writeValueAsString(audit);
	}

	private static ObjectNode observation(ObjectNode audit) {
		return (ObjectNode) audit.get("observations").get(0);
	}

	private static ObjectNode finding(ObjectNode audit) {
		return (ObjectNode) ((ArrayNode) observation(audit).get("findings")).get(0);
	}

}
