package eu.serviceaudit.advisor.dashboard;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.serviceaudit.advisor.alerts.AlertWork;
import eu.serviceaudit.advisor.criteria.CriterionNames;
import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.plan.ActionPlans;
import eu.serviceaudit.advisor.plan.KpiChecks;
import eu.serviceaudit.advisor.plan.KpiVerdict;
import eu.serviceaudit.advisor.system.web.Page;
import eu.serviceaudit.advisor.waves.ClientViews;
import eu.serviceaudit.advisor.waves.Clients;

/**
 * The manager's dashboard: a row of figures per client they follow (alerts open and overdue, plan progress, KPI
 * results, next wave), then the pictures of one client (trend, key drivers, league table). Every figure links to
 * the list or page it was counted from.
 */
@Controller
@Page
class DashboardController {

	static final String VIEW = "waves/dashboard";

	private final Clients clients;

	private final ClientViews views;

	private final AlertWork alerts;

	private final ActionPlans plans;

	private final KpiChecks kpis;

	private final CriterionNames names;

	DashboardController(Clients clients, ClientViews views, AlertWork alerts, ActionPlans plans, KpiChecks kpis,
			CriterionNames names) {
		this.clients = clients;
		this.views = views;
		this.alerts = alerts;
		this.plans = plans;
		this.kpis = kpis;
		this.names = names;
	}

	/** One client's row of figures; {@code alerts}: open, contacted, overdue, all. */
	public record ClientRow(Clients.ClientView client, int[] alerts, List<PlanProgress> plans) {

		public long itemsDone() {
			return plans.stream().mapToLong(PlanProgress::done).sum();
		}

		public long items() {
			return plans.stream().mapToLong(PlanProgress::items).sum();
		}

		public long met() {
			return verdicts(KpiVerdict.MET);
		}

		public long notMet() {
			return verdicts(KpiVerdict.NOT_MET);
		}

		public long notMeasured() {
			return verdicts(KpiVerdict.NOT_MEASURED);
		}

		private long verdicts(KpiVerdict verdict) {
			return plans.stream().mapToLong(p -> p.verdicts(verdict)).sum();
		}

	}

	@GetMapping("/dashboard")
	String show(@RequestParam(required = false) String client, Principal who, Model model, Locale locale) {
		List<Clients.ClientView> mine = clients.of(who.getName());
		Map<String, int[]> counts = alerts.countsPerClient();
		List<ActionPlan.Header> headers = plans.list(null);
		List<ClientRow> rows = new ArrayList<>();
		for (Clients.ClientView c : mine) {
			List<PlanProgress> progress = new ArrayList<>();
			for (ActionPlan.Header header : headers) {
				if (header.client().equals(c.client())) {
					plans.find(header.id()).ifPresent(plan -> progress.add(PlanProgress.of(plan, kpis.of(plan).orElse(null))));
				}
			}
			rows.add(new ClientRow(c, counts.getOrDefault(c.client(), new int[4]), progress));
		}
		ClientRow selected = rows.stream().filter(r -> r.client().client().equals(client)).findFirst()
			.orElse(rows.isEmpty() ? null : rows.get(0));
		model.addAttribute("rows", rows);
		model.addAttribute("selected", selected);
		model.addAttribute("picture", selected == null ? null : views.of(selected.client()));
		model.addAttribute("names", names.in(locale));
		model.addAttribute("assigned", mine.stream().anyMatch(c -> who.getName().equals(c.manager())));
		return VIEW;
	}

}
