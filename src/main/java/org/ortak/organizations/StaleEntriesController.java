package org.ortak.organizations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.ortak.shared.security.Actors;

/**
 * The entries nobody confirmed for a long time: a register nobody keeps true rots, so its
 * keepers ask these organizations first.
 */
@Controller
class StaleEntriesController {

	private final Organizations organizations;

	private final int staleAfterMonths;

	StaleEntriesController(Organizations organizations,
			@Value("${ortak.register.stale-after-months:12}") int staleAfterMonths) {
		this.organizations = organizations;
		this.staleAfterMonths = staleAfterMonths;
	}

	@GetMapping("/register/stale")
	String stale(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.organizations.unconfirmed(this.staleAfterMonths, Math.max(0, page),
				OrganizationQuery.DEFAULT_SIZE, Actors.current()));
		model.addAttribute("months", this.staleAfterMonths);
		return "organizations/stale";
	}

}
