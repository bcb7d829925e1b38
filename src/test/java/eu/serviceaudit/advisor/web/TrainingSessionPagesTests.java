package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.training.TrainingSession;
import eu.serviceaudit.advisor.training.TrainingSessionInput;
import eu.serviceaudit.advisor.training.TrainingSessionService;

class TrainingSessionPagesTests extends WebTestSupport {

	static final String GREETING = "ex-30-30-greeting-drill";

	static final String COMPLAINTS = "ex-complaint-handling-role-play";

	@Autowired
	TrainingSessionService sessions;

	@Test
	void trainerCreatesASessionAndSeesItsBuilder() throws Exception {
		String location = mvc.perform(post("/training-sessions").with(trainer()).with(csrf())
			.param("title", "Spring greetings").param("availableMinutes", "45").param("language", "et"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		TrainingSession session = sessions.get(location.substring("/training-sessions/".length()));
		assertThat(session.title()).isEqualTo("Spring greetings");
		assertThat(session.availableMinutes()).isEqualTo(45);
		mvc.perform(get(location).with(trainer())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duration-total\"")));
	}

	@Test
	void exercisesForTheWeaknessesOfAnAnalysisAddressTheWeakCriteria() throws Exception {
		Analysis analysis = analyseSample();
		TrainingSession session = sessions.create(new TrainingSessionInput("S", "en", 60, null, List.of(), null), "trainer");
		// before a consultant shares it, the trainer sees neither the analysis nor its weaknesses
		String unshared = mvc.perform(get("/training-sessions/" + session.id()).param("analysisId", analysis.id())
			.with(trainer())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(unshared).doesNotContain(analysis.id()).doesNotContain(analysis.client());
		mvc.perform(post("/analyses/" + analysis.id() + "/training-share").with(trainer()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/analyses/" + analysis.id() + "/training-share").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/training-sessions/" + session.id()).param("analysisId", analysis.id()).with(trainer()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> suggested = sessions.exercisesFor(analysis.id()).stream().map(a -> a.id()).toList();
		assertThat(suggested).isNotEmpty();
		List<String> weak = sessions.weakCriteria(analysis.id());
		assertThat(sessions.exercisesFor(analysis.id())).allMatch(a -> a.criteria().stream().anyMatch(weak::contains));
		suggested.forEach(id -> assertThat(page).contains("value=\"" + id + "\""));
	}

	@Test
	void addingMovingAndRemovingKeepTheOrderAndTheTotal() throws Exception {
		TrainingSession session = sessions.create(new TrainingSessionInput("S", "en", 30, null, List.of(), null), "trainer");
		add(session.id(), GREETING);
		add(session.id(), COMPLAINTS);
		TrainingSession two = sessions.get(session.id());
		assertThat(two.items()).extracting(TrainingSession.Item::articleId).containsExactly(GREETING, COMPLAINTS);
		mvc.perform(post("/training-sessions/" + session.id() + "/exercises/2/move").with(trainer()).with(csrf())
			.param("direction", "up").param("version", String.valueOf(two.version())))
			.andExpect(status().is3xxRedirection());
		TrainingSession moved = sessions.get(session.id());
		assertThat(moved.items()).extracting(TrainingSession.Item::articleId).containsExactly(COMPLAINTS, GREETING);
		int total = moved.totalMinutes();
		assertThat(total).isPositive();
		String page = mvc.perform(get("/training-sessions/" + session.id()).with(trainer())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(total + " of 30 min");
		assertThat(page).contains(total > 30 ? "Over the time available by " + (total - 30) : (30 - total) + " min left");
	}

	@Test
	void aStaleVersionChangesNothing() throws Exception {
		TrainingSession session = sessions.create(new TrainingSessionInput("S", "en", 30, null, List.of(GREETING), null), "trainer");
		mvc.perform(post("/training-sessions/" + session.id() + "/exercises/1/remove").with(trainer()).with(csrf())
			.param("version", String.valueOf(session.version() + 5)))
			.andExpect(status().is3xxRedirection());
		assertThat(sessions.get(session.id()).items()).hasSize(1);
	}

	@Test
	void theAgendaPrintsAndDownloadsAsMarkdown() throws Exception {
		TrainingSession session = sessions.create(
				new TrainingSessionInput("Team *day*", "en", 90, null, List.of(GREETING, COMPLAINTS), null), "trainer");
		mvc.perform(get("/training-sessions/" + session.id() + "/agenda").with(trainer()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("print-button")));
		String md = mvc.perform(get("/training-sessions/" + session.id() + "/agenda.md").with(trainer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(md).startsWith("# Team \\*day\\*").contains("00:00 — ");
	}

	@Test
	void consultantsAndManagersCannotBuildSessions() throws Exception {
		mvc.perform(get("/training-sessions").with(consultant())).andExpect(status().isForbidden());
		mvc.perform(post("/training-sessions").with(manager()).with(csrf()).param("title", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training-sessions").with(admin())).andExpect(status().isOk());
	}

	private void add(String id, String articleId) throws Exception {
		mvc.perform(post("/training-sessions/" + id + "/exercises").with(trainer()).with(csrf()).param("articleId", articleId))
			.andExpect(status().is3xxRedirection());
	}

}
