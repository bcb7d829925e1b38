package eu.serviceaudit.advisor.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.system.AdvisorProperties;

/** Online backups that restore, owner-only data files, and health that uses the database for real. */
class DatabaseOperationsTests extends ApiTestSupport {

	@Autowired
	AdvisorProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminBacksUpOnlineAndTheBackupRestoresToTheSameData(@TempDir Path restored) throws Exception {
		analyseSample();
		long analyses = jdbc.sql("SELECT COUNT(*) FROM analyses").query(Long.class).single();
		String body = mvc.perform(post("/api/admin/backups").with(as("admin")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name", org.hamcrest.Matchers.endsWith(".sql.zip")))
			.andReturn().getResponse().getContentAsString();
		JsonNode backup = read(body);
		Path file = properties.dataDir().resolve("backups").resolve(backup.path("name").asString());
		assertThat(file).exists();
		assertThat(Files.size(file)).isEqualTo(backup.path("bytes").asLong()).isPositive();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		mvc.perform(get("/api/admin/backups").with(as("admin")))
			.andExpect(jsonPath("$[0].name").value(backup.path("name").asString()));

		// the restore of docs/operations.md: the script run into an empty database gives back the same data
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("advisor"), "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("RUNSCRIPT FROM '" + file.toAbsolutePath() + "' COMPRESSION ZIP");
			ResultSet counted = statement.executeQuery("SELECT (SELECT COUNT(*) FROM analyses), (SELECT COUNT(*) FROM users)");
			counted.next();
			assertThat(counted.getLong(1)).isEqualTo(analyses).isPositive();
			assertThat(counted.getLong(2)).isEqualTo(4);
		}
	}

	@Test
	void onlyAnAdminMayBackUp() throws Exception {
		mvc.perform(post("/api/admin/backups").with(as("consultant"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/backups").with(user("manager").roles("MANAGER")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdminPageHasABackUpButton() throws Exception {
		mvc.perform(get("/admin/backups").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"backup-now\"")));
		mvc.perform(post("/admin/backups").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("created", org.hamcrest.Matchers.startsWith("advisor-")));
	}

	@Test
	void theDataFolderAndTheDatabaseFileAreTheOwnersOnly() throws Exception {
		Path database = Path.of(jdbc.sql("SELECT DATABASE_PATH()").query(String.class).single() + ".mv.db");
		assertThat(database).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.getParent())))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
	}

	@Test
	void healthIncludesADatabaseCheckThatReadsAndWrites() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health").with(as("admin")))
			.andExpect(jsonPath("$.components.database.status").value("UP"));
	}

}
