package org.ortak.organizations;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.ortak.shared.security.Actors;

/**
 * An organization's history of changes, page by page: its first page is on the
 * organization's page; "earlier changes" brings the next one, in place with htmx.
 */
@Controller
@RequestMapping("/organizations/{id}/history")
class OrganizationHistoryController {

	static final int PAGE_SIZE = 20;

	private final Organizations organizations;

	OrganizationHistoryController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	String history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("organization", this.organizations.get(id, Actors.current()));
		entries(id, page, model);
		return "organizations/history";
	}

	/** The same page's entries alone, to follow those already shown. */
	@HxRequest(boosted = false)
	@GetMapping
	String more(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		entries(id, page, model);
		return "organizations/history :: entries";
	}

	private void entries(UUID id, int page, Model model) {
		model.addAttribute("organizationId", id);
		model.addAttribute("history", this.organizations.history(id, Actors.current(), page, PAGE_SIZE));
	}

}
