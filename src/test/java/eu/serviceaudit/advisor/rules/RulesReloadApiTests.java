package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/** POST /api/admin/rules/reload (CONTRACT.md section 9) on a copy of the rules folder. */
class RulesReloadApiTests extends ApiTestSupport {

	static final Path RULES = copyOfRules();

	static final String ROW = "Isolated organisation gap still gets a process change within 90 days";

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("advisor.rules-dir", RULES::toString);
	}

	@Test
	void shouldReloadAChangedRowRefuseABrokenFileAndKeepServingTheOldRules() throws Exception {
		JsonNode first = reload(200);
		assertThat(first.get("rules").asInt()).isGreaterThan(30);
		String version = first.get("version").asString();
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));

		Files.writeString(RULES.resolve("alerts/broken.drl"),
				"package alerts;\n\nrule \"Half a rule\"\nwhen\n    Finding( score > \nthen\nend\n");
		JsonNode refused = reload(422);
		assertThat(refused.get("status").asInt()).isEqualTo(422);
		assertThat(refused.get("type").asString()).isNotBlank();
		assertThat(refused.get("title").asString()).isNotBlank();
		assertThat(refused.get("detail").asString()).contains("unchanged");
		assertThat(refused.at("/errors/0/file").asString()).isEqualTo("alerts/broken.drl");
		assertThat(refused.at("/errors/0/line").asInt()).isEqualTo(7);
		assertThat(refused.at("/errors/0/message").asString()).isNotBlank();
		assertThat(analyseSample().get("rulesVersion").asString()).as("the old rule base stays").isEqualTo(version);
		mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").value("UP"));

		Files.delete(RULES.resolve("alerts/broken.drl"));
		Path table = RULES.resolve("recommendations/recommendation-table.drl.csv");
		Files.writeString(table, Files.readString(table).replace(ROW + ",ORGANISATION,ISOLATED,,,PROCESS,90_DAYS",
				ROW + ",ORGANISATION,ISOLATED,,,PROCESS,30_DAYS"));
		JsonNode changed = reload(200);
		assertThat(changed.get("version").asString()).isNotEqualTo(version);

		JsonNode analysis = analyseSample();
		assertThat(analysis.get("rulesVersion").asString()).isEqualTo(changed.get("version").asString());
		boolean usedTheNewRow = false;
		for (JsonNode recommendation : analysis.get("recommendations")) {
			if (recommendation.at("/rationale/rule").asString().equals(ROW)) {
				assertThat(recommendation.get("horizon").asString()).isEqualTo("30_DAYS");
				usedTheNewRow = true;
			}
		}
		assertThat(usedTheNewRow).as("the sample has an isolated organisation gap").isTrue();
	}

	@Test
	void shouldLetOnlyAnAdminReload() throws Exception {
		mvc.perform(post("/api/admin/rules/reload").with(as("consultant")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/admin/rules/reload"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private JsonNode reload(int expectedStatus) throws Exception {
		return read(mvc.perform(post("/api/admin/rules/reload").with(as("admin")))
			.andExpect(status().is(expectedStatus))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static Path copyOfRules() {
		try {
			Path dir = Files.createTempDirectory("rules-reload-");
			RuleBaseLoaderTests.copyRules(dir);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
