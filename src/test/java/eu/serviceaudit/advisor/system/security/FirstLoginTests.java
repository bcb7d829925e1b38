package eu.serviceaudit.advisor.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import eu.serviceaudit.advisor.system.AdvisorProperties;

/**
 * A start without ADVISOR_BOOTSTRAP_PASSWORD: four different generated passwords in an owner-only file, each to be
 * changed at the first login before anything else, and the file gone once all four are changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstLoginTests {

	static final String DATA = "./target/test-data/" + UUID.randomUUID();

	@DynamicPropertySource
	static void generatedPasswords(DynamicPropertyRegistry registry) {
		registry.add("advisor.data-dir", () -> DATA);
		registry.add("advisor.bootstrap-password", () -> "");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AdvisorProperties properties;

	private Map<String, String> credentials(Path file) throws Exception {
		Map<String, String> passwords = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file)) {
			int colon = line.indexOf(": ");
			if (colon > 0 && !line.contains(" ")) {
				continue;
			}
			if (colon > 0 && line.substring(0, colon).matches("[a-z]+")) {
				passwords.put(line.substring(0, colon), line.substring(colon + 2));
			}
		}
		return passwords;
	}

	@Test
	void everyFirstUserHasAPasswordOfItsOwnToChangeBeforeAnythingElse() throws Exception {
		Path file = properties.dataDir().resolve("initial-credentials.txt");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		Map<String, String> passwords = credentials(file);
		assertThat(passwords).containsOnlyKeys("admin", "consultant", "manager", "trainer");
		assertThat(passwords.values()).doesNotHaveDuplicates();

		mvc.perform(get("/api/analyses").with(httpBasic("consultant", passwords.get("consultant"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("/account/password")));
		int changed = 0;
		for (Map.Entry<String, String> user : passwords.entrySet()) {
			Cookie session = mvc.perform(formLogin("/login").user(user.getKey()).password(user.getValue()))
				.andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
			mvc.perform(get("/kb").cookie(session)).andExpect(redirectedUrl("/account/password"));
			mvc.perform(get("/account/password").cookie(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("first login with a generated password")));
			mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", user.getValue())
				.param("password", "aaaaaaaaaaaaaaaa").param("repeat", "aaaaaaaaaaaaaaaa"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("5 different")));
			String mine = "Quiet-Harbour-" + changed + "-Lamp!";
			mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", user.getValue())
				.param("password", mine).param("repeat", mine))
				.andExpect(redirectedUrl("/?passwordChanged"));
			mvc.perform(get("/kb").cookie(session)).andExpect(status().isOk());
			changed++;
			assertThat(Files.exists(file)).as("the file stays until every first user has changed").isEqualTo(changed < 4);
		}
		mvc.perform(get("/api/analyses").with(httpBasic("consultant", "Quiet-Harbour-1-Lamp!")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/analyses").with(httpBasic("consultant", passwords.get("consultant"))))
			.andExpect(status().isUnauthorized());
	}

}
