package eu.serviceaudit.advisor.overview;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.plan.ActionPlan;
import eu.serviceaudit.advisor.plan.ActionPlans;
import eu.serviceaudit.advisor.system.web.NotFoundException;
import eu.serviceaudit.advisor.system.web.Page;
import eu.serviceaudit.advisor.system.web.Paging;

/**
 * The analyses list (search by client, wave and date, archived or in use, one page of 20 at a time, with score,
 * alerts and plan progress), archive and delete for consultants, and the plans list with progress.
 */
@Controller
@Page
class OverviewPagesController {

	static final String ANALYSES_VIEW = "analyses/list";

	static final String DELETE_VIEW = "analyses/delete";

	static final String PLANS_VIEW = "plans/list";

	static final int PAGE_SIZE = 20;

	private final Analyses analyses;

	private final ActionPlans plans;

	private final AnalysisRemoval removal;

	OverviewPagesController(Analyses analyses, ActionPlans plans, AnalysisRemoval removal) {
		this.analyses = analyses;
		this.plans = plans;
		this.removal = removal;
	}

	@GetMapping("/analyses")
	String analyses(@RequestParam(required = false) String client, @RequestParam(required = false) String wave,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String archived, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Filter filter = new Filter(trim(client), trim(wave), date(from), date(to), "true".equals(archived));
		int pageNumber = pageNumber(page);
		Paging.Listing<Analyses.Listed> slice = analyses.search(new Analyses.Search(filter.client(), filter.wave(),
				filter.from(), filter.to(), filter.archived()), new Paging(PAGE_SIZE, (pageNumber - 1) * PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("rows", slice.items());
		model.addAttribute("total", slice.total());
		model.addAttribute("pageNumber", pageNumber);
		model.addAttribute("pages", Math.max(1, (slice.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("progress",
				plans.progressOf(slice.items().stream().map(row -> row.analysis().id()).toList()));
		return ANALYSES_VIEW;
	}

	@PostMapping("/analyses/{id}/archive")
	String archive(@PathVariable String id, @RequestParam(defaultValue = "true") boolean archived,
			RedirectAttributes redirect) {
		if (!analyses.archive(id, archived)) {
			throw new NotFoundException("There is no analysis " + id);
		}
		redirect.addFlashAttribute("done", archived ? "pages.archived" : "pages.restored");
		return "redirect:/analyses" + (archived ? "" : "?archived=true");
	}

	/** Asks before deleting: says which analysis and how many plans go with it. */
	@GetMapping("/analyses/{id}/delete")
	String confirmDelete(@PathVariable String id, Model model) {
		model.addAttribute("a", analyses.get(id));
		model.addAttribute("planCount", removal.plansOf(id));
		return DELETE_VIEW;
	}

	@PostMapping("/analyses/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect, Model model) {
		try {
			removal.delete(id);
		}
		catch (AnalysisRemoval.StillReferencedException referenced) {
			model.addAttribute("a", analyses.get(id));
			model.addAttribute("planCount", removal.plansOf(id));
			model.addAttribute("problem", "pages.delete.referenced");
			return DELETE_VIEW;
		}
		redirect.addFlashAttribute("done", "pages.deleted");
		return "redirect:/analyses";
	}

	@GetMapping("/plans")
	String plans(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page,
			Model model) {
		String text = trim(q);
		List<ActionPlan.Header> all = plans.list(null)
			.stream()
			.filter(p -> text == null || contains(p.title(), text) || contains(p.client(), text)
					|| contains(p.wave(), text))
			.toList();
		int pageNumber = pageNumber(page);
		Paging.Listing<ActionPlan.Header> slice = new Paging(PAGE_SIZE, (pageNumber - 1) * PAGE_SIZE).of(all);
		model.addAttribute("q", text);
		model.addAttribute("plans", slice.items());
		model.addAttribute("total", slice.total());
		model.addAttribute("pageNumber", pageNumber);
		model.addAttribute("pages", Math.max(1, (slice.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return PLANS_VIEW;
	}

	private static boolean contains(String text, String part) {
		return text != null && text.toLowerCase().contains(part.toLowerCase());
	}

	private static String trim(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return stripped.length() > 300 ? stripped.substring(0, 300) : stripped;
	}

	/** A date typed in the filter, or none when it is empty or not a date (the field shows it empty again). */
	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private static int pageNumber(String text) {
		try {
			int n = Integer.parseInt(text.strip());
			return Math.max(1, Math.min(n, 100_000));
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	/** The list's filter as typed, for the form and the paging links. */
	public record Filter(String client, String wave, LocalDate from, LocalDate to, boolean archived) {

		public boolean active() {
			return client != null || wave != null || from != null || to != null || archived;
		}

	}

}
