package org.ortak.organizations;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.ortak.organizations.Corrections.Entry;
import org.ortak.shared.web.FormErrors;

/**
 * An organization's own entry, opened by its private link with no account: confirmed as
 * it is at once, or corrected for a coordinator to review.
 */
@Controller
@RequestMapping("/entry/{token}")
class PrivateEntryController {

	private final Corrections corrections;

	PrivateEntryController(Corrections corrections) {
		this.corrections = corrections;
	}

	@GetMapping
	String entry(@PathVariable String token, Model model) {
		Entry entry = this.corrections.entry(token);
		return page(model, token, entry, Proposal.of(entry.organization()));
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable String token, Model model) {
		this.corrections.confirmThroughLink(token);
		model.addAttribute("done", "corrections.done.confirmed");
		model.addAttribute("titleKey", "corrections.done.title");
		return "organizations/done";
	}

	@PostMapping
	String propose(@PathVariable String token, @ModelAttribute("proposal") Proposal proposal, BindingResult result,
			Model model, HttpServletResponse response) {
		Entry entry = this.corrections.entry(token);
		if (!FormErrors.attempt(proposal, result, model, response,
				() -> this.corrections.proposeThroughLink(token, proposal))) {
			return page(model, token, entry, proposal);
		}
		model.addAttribute("done", "corrections.done.proposed");
		model.addAttribute("titleKey", "corrections.done.title");
		return "organizations/done";
	}

	private static String page(Model model, String token, Entry entry, Proposal proposal) {
		model.addAttribute("token", token);
		model.addAttribute("entry", entry);
		if (!model.containsAttribute("proposal")) {
			model.addAttribute("proposal", proposal);
		}
		return "organizations/entry";
	}

}
