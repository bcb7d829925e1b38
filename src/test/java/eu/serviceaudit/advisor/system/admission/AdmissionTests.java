package eu.serviceaudit.advisor.system.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * The overload case with a lowered cap (20 findings and responses per audit) and one analysis at a time, no waiting:
 * too big is 422 naming the cap before anything is analysed, too many at once is 503 with Retry-After, and nothing
 * is stored either way.
 */
@TestPropertySource(properties = { "advisor.admission.max-items=20", "advisor.admission.max-concurrent=1",
		"advisor.admission.queue-wait=0s", "advisor.admission.retry-after=7s" })
class AdmissionTests extends ApiTestSupport {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	@Autowired
	AdmissionGate gate;

	@Autowired
	JdbcClient jdbc;

	private static String json(int findings) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < findings; i++) {
			list.append(i == 0 ? "" : ",").append("{\"criterion\":\"GREETING\",\"score\":1,\"max\":1}");
		}
		return "{\"client\":\"Big Shop\",\"wave\":\"W1\",\"observations\":[{\"id\":\"O1\",\"method\":\"MYSTERY_SHOP\","
				+ "\"findings\":[" + list + "]}]}";
	}

	private static byte[] csv(int rows) {
		StringBuilder text = new StringBuilder("observation_id,method,location_id,date,criterion,score,max\n");
		for (int i = 0; i < rows; i++) {
			text.append("O").append(i).append(",MYSTERY_SHOP,,2026-10-02,GREETING,1,1\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private long stored() {
		return jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single();
	}

	@Test
	void anAuditOverTheCapIsRefusedNamingTheCap() throws Exception {
		long before = stored();
		mvc.perform(post("/api/analyses").with(as("consultant")).contentType(MediaType.APPLICATION_JSON).content(json(21)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].pointer").value("/observations"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("an audit has at most 20 findings and survey responses")));
		mvc.perform(post("/api/analyses").with(as("consultant")).contentType(MediaType.APPLICATION_JSON).content(json(20)))
			.andExpect(status().isCreated());
		assertThat(stored()).isEqualTo(before + 1);
	}

	@Test
	void aCsvOverTheCapIsRefusedWhereItPassesTheCap() throws Exception {
		long before = stored();
		mvc.perform(post("/api/imports/csv").with(as("consultant")).contentType(CSV).content(csv(500))
			.param("client", "Big Shop").param("wave", "W2"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].pointer").value("/line/22"))
			.andExpect(jsonPath("$.errors[0].message", containsString("at most 20 findings")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void theUploadPageSaysTheCapToo() throws Exception {
		long before = stored();
		mvc.perform(multipart("/analyses").file(new MockMultipartFile("file", "big.csv", "text/csv", csv(25)))
			.param("client", "Big Shop").param("wave", "W3")
			.with(user("consultant").roles("CONSULTANT")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 20 findings")));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void whileEveryTurnIsTakenAnalysesAndImportsAreTurnedAwayWith503AndRetryAfter() throws Exception {
		long before = stored();
		try (AdmissionGate.Turn taken = gate.enter()) {
			assertThat(gate.available()).isZero();
			mvc.perform(post("/api/analyses").with(as("consultant")).contentType(MediaType.APPLICATION_JSON)
				.content(json(3)))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "7"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString("analysing 1 audit already; try again in 7 seconds.")));
			mvc.perform(post("/api/imports/csv").with(as("consultant")).contentType(CSV).content(csv(3))
				.param("client", "Big Shop").param("wave", "W4"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "7"));
			mvc.perform(multipart("/analyses").file(new MockMultipartFile("file", "a.csv", "text/csv", csv(3)))
				.param("client", "Big Shop").param("wave", "W5")
				.with(user("consultant").roles("CONSULTANT")).with(csrf()))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "7"))
				.andExpect(content().string(containsString("The service is busy")));
			// reading is never held back
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/analyses")
				.with(as("consultant"))).andExpect(status().isOk());
		}
		assertThat(stored()).isEqualTo(before);
		assertThat(gate.available()).isEqualTo(1);
		mvc.perform(post("/api/imports/csv").with(as("consultant")).contentType(CSV).content(csv(3))
			.param("client", "Big Shop").param("wave", "W4"))
			.andExpect(status().isCreated());
		assertThat(gate.available()).as("the turn is given back after the answer").isEqualTo(1);
	}

}
