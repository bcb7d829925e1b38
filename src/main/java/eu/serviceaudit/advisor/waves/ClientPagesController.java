package eu.serviceaudit.advisor.waves;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.criteria.CriterionNames;
import eu.serviceaudit.advisor.engagement.Engagements.Rhythm;
import eu.serviceaudit.advisor.system.web.Page;

/** Clients and when each is due for its next wave; one client's trend, key drivers and league table. */
@Controller
@Page
class ClientPagesController {

	static final String LIST_VIEW = "waves/clients";

	static final String SHOW_VIEW = "waves/client";

	private final Clients clients;

	private final ClientViews views;

	private final CriterionNames names;

	ClientPagesController(Clients clients, ClientViews views, CriterionNames names) {
		this.clients = clients;
		this.views = views;
		this.names = names;
	}

	@GetMapping("/clients")
	String list(Model model) {
		model.addAttribute("clients", clients.all());
		model.addAttribute("today", clients.today());
		return LIST_VIEW;
	}

	@GetMapping("/clients/{client}")
	String show(@PathVariable String client, @RequestParam(required = false) String result, Model model,
			Locale locale) {
		DriversController.bounded(client, null);
		model.addAttribute("view", views.of(client));
		model.addAttribute("names", names.in(locale));
		model.addAttribute("rhythms", Rhythm.values());
		model.addAttribute("result", result);
		return SHOW_VIEW;
	}

	@PostMapping("/clients/{client}/rhythm")
	String rhythm(@PathVariable String client, @RequestParam(required = false) String rhythm,
			@RequestParam(required = false) String date, @RequestParam(required = false) String manager) {
		DriversController.bounded(client, null);
		String result = "saved";
		try {
			clients.set(client, new ClientsController.RhythmInput(rhythm, date, manager).validated());
		}
		catch (InvalidRequestException invalid) {
			result = "invalid";
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/clients/{client}").queryParam("result", result)
			.encode().buildAndExpand(client).toUriString();
	}

}
