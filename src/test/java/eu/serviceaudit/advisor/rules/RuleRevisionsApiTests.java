package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * Rule revisions on one instance (H2): the folder seeds revision 1, a reload publishes revision 2 with who and why,
 * a refused reload publishes nothing, a rollback serves revision 1 again and says so in the list.
 */
class RuleRevisionsApiTests extends ApiTestSupport {

	static final Path RULES = copyOfRules();

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("advisor.rules-dir", RULES::toString);
	}

	@Test
	void shouldPublishRevisionsWithWhoAndWhyAndRollBackToThePreviousOne() throws Exception {
		JsonNode seeded = get("/api/admin/rules/revisions");
		assertThat(seeded).hasSize(1);
		assertThat(seeded.at("/0/revision").asInt()).isEqualTo(1);
		assertThat(seeded.at("/0/publishedBy").asString()).isEqualTo("system");
		String firstVersion = seeded.at("/0/version").asString();
		assertThat(get("/api/admin/rules").get("revision").asInt()).isEqualTo(1);

		JsonNode unchanged = reload("nothing new", 200);
		assertThat(unchanged.get("version").asString()).isEqualTo(firstVersion);
		assertThat(get("/api/admin/rules/revisions")).as("the same rules publish nothing new").hasSize(1);

		// a new rule base version: the version is the hash of the rule files
		Path table = RULES.resolve("alerts/recovery-alerts.drl");
		String original = Files.readString(table);
		Files.writeString(table, original + "\n// a second revision\n");
		String secondVersion = reload("shorter horizon for isolated organisation gaps", 200).get("version").asString();
		assertThat(secondVersion).isNotEqualTo(firstVersion);

		JsonNode revisions = get("/api/admin/rules/revisions");
		assertThat(revisions).hasSize(2);
		assertThat(revisions.at("/0/revision").asInt()).isEqualTo(2);
		assertThat(revisions.at("/0/publishedBy").asString()).isEqualTo("admin");
		assertThat(revisions.at("/0/reason").asString()).isEqualTo("shorter horizon for isolated organisation gaps");
		assertThat(revisions.at("/0/version").asString()).isEqualTo(secondVersion);
		assertThat(analyseSample().get("rulesVersion").asString()).isEqualTo(secondVersion);

		Files.writeString(RULES.resolve("alerts/broken.drl"), "package alerts;\nrule \"Half\"\nwhen\n  Finding( score > \nthen\nend\n");
		reload("broken", 422);
		assertThat(get("/api/admin/rules/revisions")).as("a refused reload publishes nothing").hasSize(2);
		Files.delete(RULES.resolve("alerts/broken.drl"));

		JsonNode rolledBack = read(mvc.perform(post("/api/admin/rules/rollback").with(as("admin")).param("reason", "too soon"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(rolledBack.get("revision").asInt()).isEqualTo(1);
		assertThat(analyseSample().get("rulesVersion").asString()).isEqualTo(firstVersion);
		assertThat(get("/api/admin/rules").get("revision").asInt()).isEqualTo(1);
		JsonNode afterRollback = get("/api/admin/rules/revisions");
		assertThat(afterRollback.at("/0/withdrawnBy").asString()).isEqualTo("admin");
		assertThat(afterRollback.at("/0/withdrawnReason").asString()).isEqualTo("too soon");

		mvc.perform(post("/api/admin/rules/rollback").with(as("admin")))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/admin/rules/rollback").with(as("consultant")))
			.andExpect(status().isForbidden());
		JsonNode instances = get("/api/admin/rules/instances");
		assertThat(instances).isNotEmpty();
		assertThat(instances.at("/0/revision").asInt()).isEqualTo(1);
		Files.writeString(table, original);
	}

	@Test
	void shouldRefuseAReasonLongerThanItsColumn() throws Exception {
		mvc.perform(post("/api/admin/rules/reload").with(as("admin")).param("reason", "x".repeat(501)))
			.andExpect(status().isUnprocessableContent());
	}

	private JsonNode reload(String reason, int expected) throws Exception {
		return read(mvc.perform(post("/api/admin/rules/reload").with(as("admin")).param("reason", reason))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode get(String path) throws Exception {
		return read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
			.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static Path copyOfRules() {
		try {
			Path dir = Files.createTempDirectory("rule-revisions-");
			RuleBaseLoaderTests.copyRules(dir);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
