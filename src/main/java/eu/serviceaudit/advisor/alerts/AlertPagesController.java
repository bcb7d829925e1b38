package eu.serviceaudit.advisor.alerts;

import java.security.Principal;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import eu.serviceaudit.advisor.analysis.AlertKind;
import eu.serviceaudit.advisor.criteria.CriterionNames;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.web.ConflictException;
import eu.serviceaudit.advisor.system.web.Page;

/**
 * The alert worklist page: filtered by client, location, kind, status or overdue, earliest due first, a page at a
 * time; managers and consultants change status, owner and note in place and see who changed what.
 */
@Controller
@Page
class AlertPagesController {

	static final String LIST_VIEW = "alerts/list";

	static final int PAGE_SIZE = 25;

	private final AlertWork work;

	private final CriterionNames names;

	AlertPagesController(AlertWork work, CriterionNames names) {
		this.work = work;
		this.names = names;
	}

	/** The filter of the page, carried through the forms so that a change comes back to the same list. */
	public record Query(String client, String status, String kind, String location, Boolean overdue, Integer page) {

		public boolean overdueOnly() {
			return Boolean.TRUE.equals(overdue);
		}

		public int pageNumber() {
			return page == null || page < 1 ? 1 : page;
		}

		String url(int toPage, String result) {
			return UriComponentsBuilder.fromPath("/alerts")
				.queryParamIfPresent("client", blank(client))
				.queryParamIfPresent("status", blank(status))
				.queryParamIfPresent("kind", blank(kind))
				.queryParamIfPresent("location", blank(location))
				.queryParamIfPresent("overdue", overdueOnly() ? java.util.Optional.of("true") : java.util.Optional.empty())
				.queryParamIfPresent("page", toPage > 1 ? java.util.Optional.of(toPage) : java.util.Optional.empty())
				.queryParamIfPresent("result", blank(result))
				.encode()
				.build()
				.toUriString();
		}

		private static java.util.Optional<String> blank(String value) {
			return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
		}

	}

	@GetMapping("/alerts")
	String list(@ModelAttribute("query") Query query, @RequestParam(required = false) String result, Model model,
			Locale locale) {
		AlertFilter parsed;
		try {
			AlertFilter f = AlertController.filter(query.client(), query.status(), query.kind(), query.location());
			parsed = new AlertFilter(f.client(), f.status(), f.kind(), f.location(), query.overdueOnly());
		}
		catch (InvalidRequestException invalid) {
			parsed = AlertFilter.ALL;
			result = "invalid-filter";
		}
		int page = query.pageNumber();
		AlertWork.Listing listing = work.list(parsed, PAGE_SIZE, (page - 1) * PAGE_SIZE);
		int pages = Math.max(1, (listing.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("items", listing.items());
		model.addAttribute("total", listing.total());
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("previousUrl", page > 1 ? query.url(page - 1, null) : null);
		model.addAttribute("nextUrl", page < pages ? query.url(page + 1, null) : null);
		model.addAttribute("history", work.history(listing.items().stream().map(FollowUp::id).toList()));
		model.addAttribute("clients", work.clients());
		model.addAttribute("locations", work.locations(parsed.client()));
		model.addAttribute("statuses", AlertStatus.values());
		model.addAttribute("kinds", AlertKind.values());
		model.addAttribute("result", result);
		model.addAttribute("names", names.in(locale));
		return LIST_VIEW;
	}

	@PostMapping("/alerts/{id}/follow-up")
	String change(@PathVariable String id, @ModelAttribute("query") Query query, @RequestParam String newStatus,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String note,
			@RequestParam int version, Principal who) {
		String result;
		try {
			work.change(id, new AlertWork.Change(newStatus, owner == null ? "" : owner, note == null ? "" : note, version),
					who.getName());
			result = "saved";
		}
		catch (ConflictException stale) {
			result = "stale";
		}
		catch (InvalidRequestException invalid) {
			result = "invalid";
		}
		return "redirect:" + query.url(query.pageNumber(), result);
	}

}
