package eu.serviceaudit.advisor.plan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import eu.serviceaudit.advisor.support.ApiTestSupport;

class PlanExportTests extends ApiTestSupport {

	static final String TITLE = "План улучшений: Päike, Rīga — ёжик";

	static final String NOTE = "=HYPERLINK(\"http://evil\") <script>alert('x')</script> **not bold**";

	private JsonNode analysis;

	private JsonNode plan;

	@BeforeEach
	void planInRussian() throws Exception {
		analysis = analyse(resource("/samples/kohvik-paike-2026q4.json").replace("\"language\": \"en\"", "\"language\": \"ru\""));
		assertThat(analysis.get("language").asString()).isEqualTo("ru");
		assertThat(analysis.get("strengths").size()).isPositive();
		List<String> ids = new ArrayList<>();
		analysis.get("recommendations").forEach(r -> ids.add(r.get("id").asString()));
		plan = read(mvc.perform(post("/api/action-plans").with(as("consultant")).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("analysisId", analysis.get("id").asString(), "recommendationIds",
					ids.subList(0, 3), "title", TITLE))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		mvc.perform(patch("/api/action-plans/" + plan.get("id").asString() + "/items/"
				+ plan.get("items").get(0).get("id").asString()).with(as("manager"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("note", NOTE, "version", 1))))
			.andExpect(status().isOk());
	}

	private byte[] export(String format) throws Exception {
		return mvc.perform(get("/api/action-plans/" + plan.get("id").asString() + "/export").param("format", format)
			.with(as("manager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private String strengthName() {
		return analysis.get("strengths").get(0).get("criterion").asString();
	}

	private List<String> itemTitles() {
		List<String> titles = new ArrayList<>();
		plan.get("items").forEach(i -> titles.add(flat(i.get("title").asString())));
		return titles;
	}

	@Test
	void shouldRenderPdfWithStrengthsFirstThenActionsInRankOrderInTheAnalysisLanguage() throws Exception {
		byte[] pdf = export("pdf");
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = flat(new PDFTextStripper().getText(document));
		}
		assertThat(text).contains(TITLE).contains("Kohvik Päike OÜ").contains("2026-Q4");
		assertThat(text).contains("Сводка").contains("NPS").contains("CSAT").contains("CES");
		int strengths = text.indexOf("Сильные стороны");
		int actions = text.indexOf("Действия");
		assertThat(strengths).isPositive().isLessThan(actions);
		int previous = actions;
		for (String title : itemTitles()) {
			int at = text.indexOf(title, previous + 1); // a PROCESS and a TRAINING item may share their article title
			assertThat(at).as(title).isGreaterThan(previous);
			previous = at;
		}
		assertThat(text).contains("<script>alert('x')</script>");
		assertThat(text).doesNotContain("Mari");
	}

	@Test
	void shouldRenderMarkdownThatShowsUserTextAsText() throws Exception {
		String md = new String(export("md"), StandardCharsets.UTF_8);
		String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(");
		assertThat(html).doesNotContain("<strong>not bold</strong>");
		assertThat(md.indexOf("## Сильные стороны")).isPositive().isLessThan(md.indexOf("## Действия"));
		assertThat(md).contains("### 1. ").contains("### 2. ").contains("### 3. ");
		assertThat(md.indexOf("### 1. ")).isLessThan(md.indexOf("### 2. "));
	}

	@Test
	void shouldRenderCsvSafeAgainstFormulaInjection() throws Exception {
		byte[] bytes = export("csv");
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
		List<String> sections = rows.stream().map(r -> r.get(0)).toList();
		assertThat(sections.lastIndexOf("Сильная сторона")).isLessThan(sections.indexOf("Действие"));
		List<CSVRecord> actions = rows.stream().filter(r -> r.get(0).equals("Действие")).toList();
		assertThat(actions).extracting(r -> r.get(1)).containsExactly("1", "2", "3");
		assertThat(actions.get(0).get(11)).isEqualTo("'" + NOTE);
		assertThat(rows).allSatisfy(r -> r.toList().forEach(cell -> assertThat(cell).doesNotStartWith("=")));
	}

	@Test
	void shouldRefuseUnknownFormatsPlansAndRoles() throws Exception {
		String id = plan.get("id").asString();
		mvc.perform(get("/api/action-plans/" + id + "/export").param("format", "docx").with(as("consultant")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/action-plans/nope/export").param("format", "pdf").with(as("consultant")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/action-plans/" + id + "/export").with(as("trainer"))).andExpect(status().isForbidden());
	}

}
