package org.ortak.graph;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.ortak.organizations.OrganizationKind;
import org.ortak.regions.Regions;
import org.ortak.shared.security.Actors;

/**
 * The graph's page (its filters, the drawing read from {@code /graph.json}, and the hubs
 * as a table for who does not see the drawing), its data for the page's session, and an
 * organization's partners for its page.
 */
@Controller
class GraphController {

	private final CollaborationGraph graph;

	private final Regions regions;

	GraphController(CollaborationGraph graph, Regions regions) {
		this.graph = graph;
		this.regions = regions;
	}

	@GetMapping("/graph")
	String page(@RequestParam(required = false) UUID region, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Locale locale,
			Model model) {
		GraphQuery query = new GraphQuery(region, kind, from, to);
		model.addAttribute("query", query);
		model.addAttribute("graph", this.graph.graph(query, Actors.current(), locale));
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("regionChoices", this.regions.shortList(region));
		return "graph/page";
	}

	@GetMapping(path = "/graph.json", produces = "application/json")
	@ResponseBody
	Graph json(@RequestParam(required = false) UUID region, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Locale locale) {
		return this.graph.graph(new GraphQuery(region, kind, from, to), Actors.current(), locale);
	}

	/** An organization's partners, for its page (htmx loads it). */
	@GetMapping("/graph/partners/{organizationId}")
	String partners(@PathVariable UUID organizationId, Model model) {
		model.addAttribute("partners", this.graph.partners(organizationId, Actors.current()));
		model.addAttribute("signedIn", Actors.current().isSignedIn());
		return "graph/partners :: partners";
	}

}
