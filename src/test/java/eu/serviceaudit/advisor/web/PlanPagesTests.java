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
import org.springframework.test.web.servlet.MvcResult;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.plan.ActionPlanService;
import eu.serviceaudit.advisor.plan.ActionPlans;
import eu.serviceaudit.advisor.plan.ItemStatus;

class PlanPagesTests extends WebTestSupport {

	@Autowired
	ActionPlanService plans;

	@Autowired
	ActionPlans store;

	@Test
	void consultantPicksTwoRecommendationsIntoAPlan() throws Exception {
		ActionPlan plan = planOfTwo(analyseSample());
		assertThat(plan.items()).hasSize(2);
		mvc.perform(get("/plans/" + plan.id()).with(consultant()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(plan.items().get(0).title())))
			.andExpect(content().string(containsString("id=\"export-pdf\"")));
	}

	@Test
	void pickingNothingSaysSoAndCreatesNoPlan() throws Exception {
		Analysis analysis = analyseSample();
		mvc.perform(post("/analyses/" + analysis.id() + "/plans").param("title", "x").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plansOf(analysis)).isEmpty();
	}

	@Test
	void consultantSavesOwnerDueDateKpiAndNote() throws Exception {
		ActionPlan plan = planOfTwo(analyseSample());
		ActionPlan.Item item = plan.items().get(0);
		mvc.perform(post("/plans/" + plan.id()).with(consultant()).with(csrf())
			.param("title", "Plan for spring")
			.param("version", String.valueOf(plan.version()))
			.param("items[0].id", item.id())
			.param("items[0].title", "Greet every guest")
			.param("items[0].owner", "Tartu shift leads")
			.param("items[0].dueDate", "2027-01-31")
			.param("items[0].kpiTarget", "85")
			.param("items[0].status", "IN_PROGRESS")
			.param("items[0].note", "Started with the morning shift")
			.param("items[1].id", plan.items().get(1).id())
			.param("items[1].title", plan.items().get(1).title())
			.param("items[1].status", "OPEN"))
			.andExpect(status().is3xxRedirection());
		ActionPlan saved = plans.get(plan.id());
		assertThat(saved.title()).isEqualTo("Plan for spring");
		assertThat(saved.version()).isEqualTo(plan.version() + 1);
		ActionPlan.Item first = saved.items().get(0);
		assertThat(first.owner()).isEqualTo("Tartu shift leads");
		assertThat(first.dueDate()).hasToString("2027-01-31");
		assertThat(first.kpi().target()).isEqualTo(0.85);
		assertThat(first.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(first.ownerRole()).isEqualTo(item.ownerRole());
	}

	@Test
	void aStaleVersionShowsAConflictAndKeepsWhatWasTyped() throws Exception {
		ActionPlan plan = planOfTwo(analyseSample());
		String page = mvc.perform(post("/plans/" + plan.id()).with(consultant()).with(csrf())
			.param("title", "My unsaved title")
			.param("version", String.valueOf(plan.version() - 1 + 7))
			.param("items[0].id", plan.items().get(0).id())
			.param("items[0].title", "My unsaved action"))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"conflict-message\"").contains("My unsaved title").contains("My unsaved action");
		assertThat(plans.get(plan.id()).title()).isNotEqualTo("My unsaved title");
	}

	@Test
	void managerChangesStatusAndNoteButCannotEditThePlan() throws Exception {
		ActionPlan plan = planOfTwo(analyseSample());
		ActionPlan.Item item = plan.items().get(1);
		mvc.perform(post("/plans/" + plan.id() + "/items/" + item.id() + "/progress").with(manager()).with(csrf())
			.param("status", "DONE").param("note", "Checked on Friday").param("version", String.valueOf(plan.version())))
			.andExpect(status().is3xxRedirection());
		ActionPlan.Item saved = plans.get(plan.id()).items().get(1);
		assertThat(saved.status()).isEqualTo(ItemStatus.DONE);
		assertThat(saved.note()).isEqualTo("Checked on Friday");
		mvc.perform(post("/plans/" + plan.id()).with(manager()).with(csrf()).param("title", "hijack"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/plans/" + plan.id()).with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"inline-form progress-form\"")));
	}

	@Test
	void trainerCannotSeePlans() throws Exception {
		ActionPlan plan = planOfTwo(analyseSample());
		mvc.perform(get("/plans/" + plan.id()).with(trainer())).andExpect(status().isForbidden());
		mvc.perform(get("/plans").with(trainer())).andExpect(status().isForbidden());
		mvc.perform(get("/plans/" + plan.id() + "/export").param("format", "md").with(trainer()))
			.andExpect(status().isForbidden());
	}

	@Test
	void exportLinksGiveTheDocuments() throws Exception {
		ActionPlan plan = planOfTwo(analyseSample());
		mvc.perform(get("/plans/" + plan.id() + "/export").param("format", "md").with(manager()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/markdown")));
		mvc.perform(get("/plans/" + plan.id() + "/export").param("format", "pdf").with(consultant()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void scriptInTheAuditShowsAsTextOnThePlanPage() throws Exception {
		String hostile = resource(SAMPLE).replace("Kohvik Päike OÜ", "<script>alert(1)</script>");
		ActionPlan plan = planOfTwo(analyse(hostile));
		String page = mvc.perform(get("/plans/" + plan.id()).with(consultant())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	private ActionPlan planOfTwo(Analysis analysis) throws Exception {
		List<Analysis.Recommendation> recs = analysis.recommendations();
		MvcResult result = mvc.perform(post("/analyses/" + analysis.id() + "/plans").with(consultant()).with(csrf())
			.param("recommendationIds", recs.get(0).id(), recs.get(1).id())
			.param("title", "Plan"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/plans/");
		return plans.get(location.substring("/plans/".length()));
	}

	private List<ActionPlan.Header> plansOf(Analysis analysis) {
		return store.list(analysis.id());
	}

}
