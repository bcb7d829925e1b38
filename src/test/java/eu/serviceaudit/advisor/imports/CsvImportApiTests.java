package eu.serviceaudit.advisor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

class CsvImportApiTests extends ApiTestSupport {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private ResultActions importCsv(String user, byte[] body, String client) throws Exception {
		var request = post("/api/imports/csv").with(as(user)).contentType(CSV).content(body).param("wave", "2026-Q4")
			.param("language", "et");
		if (client != null) {
			request.param("client", client);
		}
		return mvc.perform(request);
	}

	private ResultActions importCsv(String text) throws Exception {
		return importCsv("consultant", text.getBytes(StandardCharsets.UTF_8), "Kohvik Päike OÜ");
	}

	private int storedAnalyses() throws Exception {
		return read(mvc.perform(get("/api/analyses").with(as("consultant"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).get("total").asInt();
	}

	@Test
	void shouldGiveTheSameCriteriaFiguresAsTheJsonSample() throws Exception {
		byte[] csv = ApiTestSupport.resource("/samples/kohvik-paike-2026q4.csv").getBytes(StandardCharsets.UTF_8);
		assertThat(csv[0]).isEqualTo((byte) 0xEF);
		ResultActions result = importCsv("consultant", csv, "Kohvik Päike OÜ")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/analyses/")))
			.andExpect(jsonPath("$.client").value("Kohvik Päike OÜ"))
			.andExpect(jsonPath("$.language").value("et"))
			.andExpect(jsonPath("$.summary.findings").value(110))
			.andExpect(jsonPath("$.summary.observations").value(11));
		JsonNode imported = read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		JsonNode posted = analyseSample();
		Map<String, JsonNode> expected = new HashMap<>();
		posted.get("criteria").forEach(c -> expected.put(c.get("criterion").asString(), c));
		assertThat(imported.get("criteria")).hasSize(expected.size());
		for (JsonNode actual : imported.get("criteria")) {
			JsonNode want = expected.get(actual.get("criterion").asString());
			assertThat(want).as(actual.get("criterion").asString()).isNotNull();
			assertThat(actual.get("score").asDouble()).isCloseTo(want.get("score").asDouble(), within(1e-9));
			assertThat(actual.get("observations").asInt()).isEqualTo(want.get("observations").asInt());
			assertThat(actual.get("failures").asInt()).isEqualTo(want.get("failures").asInt());
			assertThat(actual.get("locations").asInt()).isEqualTo(want.get("locations").asInt());
			// the CSV carries no survey answers: what only their comments name (CUSTOMER_VOICE) has no pattern here
			String wanted = want.get("pattern").asString();
			assertThat(actual.get("pattern").asString()).isEqualTo(wanted.equals("CUSTOMER_VOICE") ? "NONE" : wanted);
		}
		mvc.perform(get(result.andReturn().getResponse().getHeader("Location")).with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(imported.get("id").asString()));
	}

	@Test
	void shouldReadCommasDecimalCommasQuotedNewlinesAndAnyColumnOrder() throws Exception {
		String csv = "criterion,score,max,min,observation_id,comment,date,location_id,method\r\n"
				+ "GREETING,\"0,5\",1,0,MS-1,\"Said hello, then\r\nturned away\",2026-10-02,TLN,MYSTERY_SHOP\r\n"
				+ "GREETING,1.0,1,0,MS-2,,2026-10-03,TRT,MYSTERY_SHOP\r\n"
				+ "\r\n";
		importCsv(csv).andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary.observations").value(2))
			.andExpect(jsonPath("$.criteria[0].criterion").value("GREETING"))
			.andExpect(jsonPath("$.criteria[0].score").value(0.75));
	}

	@Test
	void shouldNameTheLineOfMalformedCsv() throws Exception {
		String csv = "observation_id;method;location_id;date;criterion;score;min;max;comment\n"
				+ "MS-1;MYSTERY_SHOP;TLN;2026-10-02;GREETING;0;0;1;\"multi\nline\"\n"
				+ "MS-1;MYSTERY_SHOP;TLN;2026-10-02;FAREWELL;0;0;1;\"never closed\n";
		importCsv(csv).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", startsWith("line 4: malformed CSV")));
		importCsv("observation_id;method;criterion\nx;y;z\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("location_id")));
	}

	@Test
	void shouldNameLineAndColumnOfEveryInvalidValueAndStoreNothing() throws Exception {
		int before = storedAnalyses();
		String csv = "\uFEFFobservation_id;method;location_id;date;criterion;score;min;max;comment\n"
				+ "MS-1;MYSTERY_SHOP;TLN;2026-10-02;GREETING;0;0;1;ok\n"
				+ "MS-1;MYSTERY_SHOP;TLN;2026-10-02;NO_SUCH_THING;0;0;1;\n"
				+ "MS-1;MYSTERY_SHOP;TLN;2026-10-02;FAREWELL;7;0;1;\n"
				+ "MS-2;MYSTERY_SHOP;TLN;02.10.2026;FAREWELL;1;0;1;\n"
				+ "MS-3;MYSTERY_SHOP;TLN;2026-10-02;FAREWELL;abc;0;1;\n";
		importCsv(csv).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].pointer").value(containsInAnyOrder("/line/6/score")));
		importCsv(csv.replace("abc", "1")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].pointer")
				.value(containsInAnyOrder("/line/3/criterion", "/line/4/score", "/line/5/date")));
		importCsv("consultant", csv.replace("abc", "1").getBytes(StandardCharsets.UTF_8), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/query/client"));
		assertThat(storedAnalyses()).isEqualTo(before);
	}

	@Test
	void shouldRefuseNonUtf8AndWrongRoles() throws Exception {
		byte[] latin1 = "observation_id;method;location_id;date;criterion;score;min;max;comment\nMS-1;MYSTERY_SHOP;TLN;2026-10-02;GREETING;0;0;1;P\u00e4ike\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		importCsv("consultant", latin1, "x").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("line 2: the file is not valid UTF-8")));
		importCsv("manager", latin1, "x").andExpect(status().isForbidden());
		mvc.perform(post("/api/imports/csv").with(as("consultant")).contentType(MediaType.APPLICATION_PDF).content(latin1))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void shouldListTheFirstHundredErrorsAndCountThemAll() throws Exception {
		StringBuilder csv = new StringBuilder("observation_id,method,location_id,date,criterion,score,min,max,comment\n");
		for (int i = 0; i < 3000; i++) {
			csv.append("MS-").append(i).append(",MYSTERY_SHOP,,2026-10-02,GREETING,abc,0,1,\n");
		}
		int before = storedAnalyses();
		String body = importCsv(csv.toString())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(100))
			.andExpect(jsonPath("$.errorCount").value(3000))
			.andExpect(jsonPath("$.detail", startsWith("3000 fields are invalid; the first 100 are listed")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body.length()).as("a short answer for a long bad file").isLessThan(20_000);
		assertThat(storedAnalyses()).isEqualTo(before);
	}

	@Test
	void shouldTakeACsvWithoutCommentMinAndChannelColumns() throws Exception {
		String body = importCsv("observation_id;method;location_id;date;criterion;score;max\n"
				+ "MS-1;MYSTERY_SHOP;TLN;2026-10-02;GREETING;0;1\n"
				+ "MS-2;MYSTERY_SHOP;TLN;2026-10-03;GREETING;4;5\n")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode analysis = read(body);
		assertThat(analysis.path("summary").path("findings").asInt()).isEqualTo(2);
		JsonNode greeting = null;
		for (JsonNode criterion : analysis.path("criteria")) {
			if (criterion.path("criterion").asString().equals("GREETING")) {
				greeting = criterion;
			}
		}
		assertThat(greeting).isNotNull();
		// min absent = 0: scores 0/1 and 4/5 normalise to 0 and 0.8
		assertThat(greeting.path("score").asDouble()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void shouldReadABigFileWhoseLettersSpanTheReadBuffers() throws Exception {
		StringBuilder csv = new StringBuilder("observation_id,method,location_id,date,criterion,score,max,comment\n");
		for (int i = 0; i < 400; i++) {
			// odd-length runs of two-byte letters put some of them across every 8 KiB boundary
			csv.append("MS-").append(i).append(",MYSTERY_SHOP,TLN,2026-10-02,GREETING,1,1,").append("Päike õhtul ".repeat(1 + i % 3))
				.append("ж\n");
		}
		importCsv(csv.toString()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary.findings").value(400));
	}

}
