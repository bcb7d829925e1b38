package eu.serviceaudit.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.web.WebTestSupport;

/** The report pages: the consultant's editor, publishing, and what a manager may read. */
class ReportPagesTests extends WebTestSupport {

	@Autowired
	ReportService reports;

	@Test
	void aConsultantEditsAndPublishesAndAManagerThenReadsIt() throws Exception {
		Analysis analysis = analyseSample();
		String page = "/analyses/" + analysis.id() + "/report";
		String editor = html(mvc.perform(get(page).with(consultant())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(editor).contains("id=\"report-form\"").contains("id=\"report-document\"").contains("<svg");
		assertThat(html(mvc.perform(get("/analyses/" + analysis.id()).with(consultant())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8))).contains(page);
		assertThat(html(mvc.perform(get("/analyses/" + analysis.id()).with(manager())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8))).doesNotContain(page);
		mvc.perform(get(page).with(manager())).andExpect(status().isNotFound());
		mvc.perform(get(page + "/export?format=pdf").with(manager())).andExpect(status().isNotFound());

		var first = analysis.recommendations().get(0);
		mvc.perform(post(page).with(consultant()).with(csrf())
			.param("version", "1")
			.param("summary", "Greeting is the one thing to fix first.")
			.param("headline", analysis.recommendations().get(0).id(), analysis.recommendations().get(1).id(),
					analysis.recommendations().get(2).id())
			.param("title-" + first.id(), "Say hello within ten seconds")
			.param("text-" + first.id(), first.summary()))
			.andExpect(redirectedUrl(page));
		Report saved = reports.get(analysis.id(), true);
		assertThat(saved.summary()).isEqualTo("Greeting is the one thing to fix first.");
		assertThat(saved.item(first.id()).orElseThrow().title()).isEqualTo("Say hello within ten seconds");

		String refused = mvc.perform(post(page).with(consultant()).with(csrf()).param("version", "2")
			.param("headline", analysis.recommendations().get(0).id())
			.param("summary", "Typed but refused"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("id=\"report-errors\"").contains("/headline").as("what was typed stays")
			.contains(">Typed but refused</textarea>");
		assertThat(reports.get(analysis.id(), true).version()).as("a refused form changes nothing").isEqualTo(2);

		mvc.perform(post(page).with(consultant()).with(csrf()).param("version", "1").param("summary", "stale"))
			.andExpect(redirectedUrl(page));
		assertThat(reports.get(analysis.id(), true).summary()).isEqualTo("Greeting is the one thing to fix first.");
		mvc.perform(post(page + "/publish").with(manager()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page + "/publish").with(consultant()).with(csrf()).param("version", "2"))
			.andExpect(redirectedUrl(page));

		String read = html(mvc.perform(get(page).with(manager())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(read).contains("Greeting is the one thing to fix first.").contains("Say hello within ten seconds")
			.doesNotContain("report-form");
		assertThat(html(mvc.perform(get("/analyses/" + analysis.id()).with(manager())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8))).contains(page);
		mvc.perform(post(page + "/plan").with(consultant()).with(csrf())).andExpect(redirectedUrlPattern("/plans/*"));
		mvc.perform(get(page).with(trainer())).andExpect(status().isForbidden());
	}

	private static String html(String text) {
		return text;
	}

}
