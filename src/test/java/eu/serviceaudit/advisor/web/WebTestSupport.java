package eu.serviceaudit.advisor.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AnalysisService;
import eu.serviceaudit.advisor.audit.AuditRequest;

/** The whole app on its own H2, driven through MockMvc as one of the four roles. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PlainAnalyserConfiguration.class)
public abstract class WebTestSupport {

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("advisor.data-dir", () -> "./target/test-data/" + UUID.randomUUID());
	}

	public static final String SAMPLE = "/samples/kohvik-paike-2026q4.json";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected AnalysisService analysisService;

	@Autowired
	protected JsonMapper json;

	protected static RequestPostProcessor as(String role) {
		return user(role.toLowerCase()).roles(role.toUpperCase());
	}

	protected static RequestPostProcessor consultant() {
		return as("CONSULTANT");
	}

	protected static RequestPostProcessor manager() {
		return as("MANAGER");
	}

	protected static RequestPostProcessor trainer() {
		return as("TRAINER");
	}

	protected static RequestPostProcessor admin() {
		return as("ADMIN");
	}

	protected Analysis analyseSample() {
		return analyse(resource(SAMPLE));
	}

	protected Analysis analyse(String auditJson) {
		return analysisService.analyse(json.readValue(auditJson, AuditRequest.class));
	}

	public static String resource(String path) {
		try (InputStream in = WebTestSupport.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No test resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
