package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.analysis.Analysis;

/**
 * Every page and every export of an analysis, rendered in Estonian, Latvian, Russian and Ukrainian for an audit in
 * that language, shows no raw code and no English word of the interface (issues 9 and 15).
 */
class EveryLanguageTests extends WebTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "et", "lv", "ru", "uk" })
	void pagesAndExportsOfAnAnalysisReadInTheirLanguage(String language) throws Exception {
		ObjectNode audit = (ObjectNode) json.readTree(resource(SAMPLE));
		audit.put("language", language);
		Analysis analysis = analyse(json.writeValueAsString(audit));
		String planId = createPlan(analysis);

		Map<String, List<String>> problems = new LinkedHashMap<>();
		Map<String, RequestPostProcessor> pages = new LinkedHashMap<>();
		pages.put("/analyses", consultant());
		pages.put("/analyses/" + analysis.id(), consultant());
		pages.put("/analyses/" + analysis.id() + "#manager", manager());
		pages.put("/analyses/new", consultant());
		pages.put("/analyses/" + analysis.id() + "/comparison", consultant());
		pages.put("/analyses/" + analysis.id() + "/report", consultant());
		pages.put("/analyses/" + analysis.id() + "/delete", consultant());
		pages.put("/dashboard", manager());
		pages.put("/clients", manager());
		pages.put("/alerts", manager());
		pages.put("/plans", consultant());
		pages.put("/plans/" + planId, consultant());
		pages.put("/plans/" + planId + "#manager", manager());
		pages.put("/kb", trainer());
		pages.put("/kb?q=kaebus&type=EXERCISE", trainer());
		pages.put("/training-sessions", trainer());
		pages.put("/admin/users", admin());
		pages.put("/admin/rules", admin());
		for (Map.Entry<String, RequestPostProcessor> page : pages.entrySet()) {
			String path = page.getKey().replaceFirst("#.*", "");
			String html = mvc.perform(get(path).param("lang", language).param("language", language)
					.with(page.getValue()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(path).contains("<html");
			assertThat(html).as(path).contains("lang=\"" + language + "\"");
			List<String> found = UiText.problems(UiText.ofPage(html, language), language);
			if (!found.isEmpty()) {
				problems.put(page.getKey(), found);
			}
		}
		for (String format : List.of("md", "csv", "pdf")) {
			MvcResult export = mvc.perform(get("/plans/{id}/export", planId).param("format", format)
					.param("lang", language).with(consultant())).andReturn();
			assertThat(export.getResponse().getStatus()).as(format).isEqualTo(200);
			assertThat(export.getResponse().getHeader("Content-Disposition")).as(format)
				.doesNotContain(planId).contains("2026-Q4");
			byte[] body = export.getResponse().getContentAsByteArray();
			String text = format.equals("pdf") ? pdfText(body) : new String(body, StandardCharsets.UTF_8);
			List<String> found = UiText.problems(text, language);
			if (!found.isEmpty()) {
				problems.put("export " + format, found);
			}
		}
		assertThat(mvc.perform(get("/no-such-page").with(consultant())).andReturn().getResponse().getStatus())
			.as("an unknown address is not found, not forbidden").isEqualTo(404);
		assertThat(problems).as("raw codes or English words in " + language).isEmpty();
	}

	private String createPlan(Analysis analysis) throws Exception {
		List<String> ids = new ArrayList<>();
		analysis.recommendations().stream().limit(4).forEach(r -> ids.add(r.id()));
		String body = json.writeValueAsString(Map.of("analysisId", analysis.id(), "recommendationIds", ids, "title",
				analysis.client() + " " + analysis.wave()));
		String created = mvc.perform(post("/api/action-plans").with(consultant()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(created).get("id").asString();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
