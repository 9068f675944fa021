package org.ortak.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.organizations.OrganizationKind;
import org.ortak.shared.security.Actors;

/** The collaboration graph for programs, with a token. */
@RestController
@RequestMapping("/api/v1/graph")
@Tag(name = "Collaboration graph")
class GraphApiController {

	private final CollaborationGraph graph;

	GraphApiController(CollaborationGraph graph) {
		this.graph = graph;
	}

	@GetMapping
	@Operation(summary = "Organizations linked through shared networks, agreements and co-organized events, "
			+ "filtered by `region`, organization `kind` and period (`from`, `to`); grouped by region and kind "
			+ "when large (`aggregated`)")
	Graph graph(@RequestParam(required = false) UUID region, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Locale locale) {
		return this.graph.graph(new GraphQuery(region, kind, from, to), Actors.current(), locale);
	}

	@GetMapping("/partners/{organizationId}")
	@Operation(summary = "An organization's partners and the networks, agreements and events they share")
	List<Partner> partners(@PathVariable UUID organizationId) {
		return this.graph.partners(organizationId, Actors.current());
	}

}
