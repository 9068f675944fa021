package org.ortak.events;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.people.Gender;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * The check-in desk on the day: registrants found by name as the coordinator types,
 * checked in with one button; someone not registered is added as a walk-in; who came,
 * counted by gender and by kind of organization.
 */
@Controller
class CheckInController {

	private final Events events;

	private final Registrations registrations;

	CheckInController(Events events, Registrations registrations) {
		this.events = events;
		this.registrations = registrations;
	}

	/** Someone at the door who did not register; they agree to their data being kept. */
	record WalkInForm(String name, Gender gender, String email, String organizationName, String function,
			Boolean consent) {

		RegistrationDraft draft() {
			return new RegistrationDraft(this.name, this.gender, this.email, null, null, this.organizationName,
					this.function, Set.of(), null, Boolean.TRUE.equals(this.consent));
		}

	}

	@GetMapping("/events/{id}/check-in")
	String desk(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
		EventDetails event = this.events.get(id, Actors.current());
		model.addAttribute("event", event);
		model.addAttribute("q", q);
		model.addAttribute("found", this.registrations.find(id, q, Actors.current()));
		model.addAttribute("attendance", this.registrations.attendance(id, Actors.current()));
		model.addAttribute("genders", Gender.values());
		if (!model.containsAttribute("walkIn")) {
			model.addAttribute("walkIn", new WalkInForm(q.isBlank() ? null : q, null, null, null, null, false));
		}
		return "events/check-in";
	}

	@HxRequest(boosted = false)
	@GetMapping("/events/{id}/check-in")
	String found(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("event", this.events.get(id, Actors.current()));
		model.addAttribute("q", q);
		model.addAttribute("found", this.registrations.find(id, q, Actors.current()));
		return "events/check-in :: found";
	}

	@PostMapping("/events/{id}/check-in/{registrationId}")
	String checkIn(@PathVariable UUID id, @PathVariable UUID registrationId,
			@RequestParam(defaultValue = "true") boolean present, @RequestParam(defaultValue = "") String q,
			RedirectAttributes redirect) {
		this.registrations.checkIn(id, registrationId, present, Actors.current());
		redirect.addFlashAttribute("flash", present ? "events.flash.checkedIn" : "events.flash.checkInUndone");
		redirect.addAttribute("q", q);
		return "redirect:/events/" + id + "/check-in";
	}

	/** The code a registrant shows (their private link's QR code), scanned or typed. */
	@PostMapping("/events/{id}/check-in/code")
	String checkInByCode(@PathVariable UUID id, @RequestParam(required = false) String code, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			RegistrationView checked = this.registrations.checkInByCode(id, code, Actors.current());
			redirect.addFlashAttribute("flash", "events.flash.checkedIn");
			redirect.addAttribute("q", (checked.name() != null) ? checked.name() : "");
			return "redirect:/events/" + id + "/check-in";
		}
		catch (org.ortak.shared.InvalidInput ex) {
			response.setStatus(422);
			model.addAttribute("codeError", ex.violations().get(0).messageKey());
			return desk(id, "", model);
		}
	}

	@PostMapping("/events/{id}/walk-in")
	String walkIn(@PathVariable UUID id, @ModelAttribute("walkIn") WalkInForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (!FormErrors.attempt(form, result, model, response, () -> this.registrations.register(id, form.draft(),
				RegistrationSource.WALK_IN, Actors.current(), locale))) {
			return desk(id, "", model);
		}
		redirect.addFlashAttribute("flash", "events.flash.walkIn");
		return "redirect:/events/" + id + "/check-in";
	}

}
