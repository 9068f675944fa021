package org.ortak.networks;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.events.Events;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * What is given at an event outside any network: its ledger for the event's page (htmx
 * loads it), the page with the form its keepers record a line on, and the deletion of any
 * line, which goes back to the page it was on.
 */
@Controller
class EventContributionController {

	private final Contributions contributions;

	private final Events events;

	EventContributionController(Contributions contributions, Events events) {
		this.contributions = contributions;
		this.events = events;
	}

	/** What the ledger's form needs beside its ledger. */
	static void ledgerForm(Model model) {
		if (!model.containsAttribute("contribution")) {
			model.addAttribute("contribution", ContributionForm.empty());
		}
		model.addAttribute("contributionKinds", ContributionKind.values());
		model.addAttribute("contributionStatuses", ContributionStatus.values());
		model.addAttribute("visibilities", ContributionVisibility.values());
	}

	@GetMapping("/contributions/event/{eventId}")
	String ofEvent(@PathVariable UUID eventId, Model model) {
		model.addAttribute("ledger", this.contributions.eventLedger(eventId, Actors.current()));
		model.addAttribute("eventId", eventId);
		return "networks/event-contributions :: ledger";
	}

	@GetMapping("/contributions/event/{eventId}/new")
	String page(@PathVariable UUID eventId, Model model) {
		model.addAttribute("event", this.events.get(eventId, Actors.current()));
		model.addAttribute("ledger", this.contributions.eventLedger(eventId, Actors.current()));
		ledgerForm(model);
		return "networks/event-contributions";
	}

	@PostMapping("/contributions/event/{eventId}")
	String record(@PathVariable UUID eventId, @ModelAttribute("contribution") ContributionForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors
			.attempt(form, result, model, response,
					() -> this.contributions.recordAtEvent(eventId, form.draft(), ContributionApiController
						.evidenceBytes(form.evidence(), this.contributions.maxEvidenceSize(), false),
							Actors.current()))) {
			return page(eventId, model);
		}
		redirect.addFlashAttribute("flash", "contributions.flash.recorded");
		return "redirect:/events/" + eventId + "#contributions";
	}

	@PostMapping("/contributions/{contributionId}/delete")
	String delete(@PathVariable UUID contributionId, RedirectAttributes redirect) {
		String page = this.contributions.delete(contributionId, Actors.current());
		redirect.addFlashAttribute("flash", "contributions.flash.deleted");
		return "redirect:" + page + "#contributions";
	}

}
