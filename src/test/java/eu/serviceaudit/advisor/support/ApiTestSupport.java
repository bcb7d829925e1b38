package eu.serviceaudit.advisor.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full application on its own H2 file (one per test context) with the four bootstrap users, driven through
 * MockMvc with HTTP Basic.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApiTestSupport {

	public static final String PASSWORD = "test-password-4-all";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JsonMapper json;

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("advisor.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
		registry.add("advisor.bootstrap-password", () -> PASSWORD);
	}

	protected static RequestPostProcessor as(String user) {
		return httpBasic(user, PASSWORD);
	}

	public static String resource(String path) {
		try (InputStream in = ApiTestSupport.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No test resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	protected JsonNode read(String body) {
		return json.readTree(body);
	}

	/** Posts the audit as a consultant and returns the stored analysis. */
	protected JsonNode analyse(String auditJson) throws Exception {
		String body = mvc.perform(post("/api/analyses").with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(auditJson))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return read(body);
	}

	protected JsonNode analyseSample() throws Exception {
		return analyse(resource("/samples/kohvik-paike-2026q4.json"));
	}

}
