package org.ortak.organizations;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ortak.shared.history.HistoryPage;
import org.ortak.shared.security.Actors;

/**
 * An organization's history of changes for programs.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations")
class OrganizationHistoryApiController {

	private final Organizations organizations;

	OrganizationHistoryApiController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change of an organization, newest first",
			description = "One item per revision: when, by whom, through what (FORM, API, IMPORT, PRIVATE_LINK, "
					+ "MERGE, SYSTEM) and each changed field from → to, named as in the organization. "
					+ "The first item lists the values it was registered with; names holds the labels of "
					+ "the regions that appear. 404 for an organization the caller may not read.")
	HistoryPage history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.organizations.history(id, Actors.current(), page, size);
	}

}
