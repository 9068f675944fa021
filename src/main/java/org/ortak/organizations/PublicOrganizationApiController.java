package org.ortak.organizations;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.ResultPage;

/**
 * The public directory for programs: no token, the listed organizations only, their
 * public facts only.
 */
@RestController
@RequestMapping("/api/v1/public/organizations")
@Tag(name = "Public directory", description = "The organizations the register lists publicly; no sign-in")
class PublicOrganizationApiController {

	private final PublicDirectory directory;

	PublicOrganizationApiController(PublicDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "Search the public directory",
			description = "The same words, filters and orders as the coordinators' search (sort: relevance, "
					+ "name, founded, members, updated); only listed organizations that are not archived, "
					+ "their places as precisely as each chose.")
	ResultPage<PublicOrganization> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) OrganizationStatus status, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) Sector sector, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + OrganizationQuery.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort) {
		return this.directory.search(new OrganizationQuery(q, kind, status, region, sector, false, page, size, sort));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One listed organization's public profile")
	PublicOrganization get(@PathVariable UUID id) {
		return this.directory.get(id);
	}

}
