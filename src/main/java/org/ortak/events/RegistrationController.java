package org.ortak.events;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.shared.InvalidInput;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;
import org.ortak.shared.web.FormStamps;

/**
 * Registering on a public event's page, the registrant's private link, and the event's
 * registrations for its coordinators.
 */
@Controller
class RegistrationController {

	private final Registrations registrations;

	private final Events events;

	private final EventController eventPages;

	private final FormStamps stamps;

	private final ObjectProvider<JavaMailSender> mail;

	RegistrationController(Registrations registrations, Events events, EventController eventPages, FormStamps stamps,
			ObjectProvider<JavaMailSender> mail) {
		this.registrations = registrations;
		this.events = events;
		this.eventPages = eventPages;
		this.stamps = stamps;
		this.mail = mail;
	}

	/**
	 * Anyone registers for a public event. Robots that fill the hidden field are thanked
	 * and ignored; a form sent back sooner than a person fills it is shown again.
	 */
	@PostMapping("/events/{id}/register")
	String register(@PathVariable UUID id, @ModelAttribute("registration") RegistrationForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.homepage() != null && !form.homepage().isBlank()) {
			redirect.addFlashAttribute("flash", "events.flash.registered");
			return "redirect:/events/" + id;
		}
		Registered[] done = new Registered[1];
		if (!FormErrors.attempt(form, result, model, response, () -> {
			if (!this.stamps.humanPaced(form.stamp())) {
				throw InvalidInput.of("stamp", "events.error.tooFast");
			}
			done[0] = this.registrations.register(id, form.draft(), RegistrationSource.FORM, Actors.current(), locale);
		})) {
			return this.eventPages.show(id, model);
		}
		// the link goes to the address, not to whoever typed it (unless no mail can carry
		// it)
		if (this.mail.getIfAvailable() == null && done[0].token() != null) {
			return "redirect:/r/" + done[0].token();
		}
		return "redirect:/events/" + id + "/registered";
	}

	/** Thanks, and where the private link went. */
	@GetMapping("/events/{id}/registered")
	String registered(@PathVariable UUID id, Model model) {
		model.addAttribute("event", this.events.get(id, Actors.current()));
		return "events/registered";
	}

	@GetMapping("/r/{token}")
	String own(@PathVariable String token, Model model) {
		model.addAttribute("own", this.registrations.own(token));
		model.addAttribute("token", token);
		return "events/registration";
	}

	@PostMapping("/r/{token}/cancel")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		this.registrations.cancel(token);
		redirect.addFlashAttribute("flash", "events.flash.registrationCancelled");
		return "redirect:/r/" + token;
	}

	@GetMapping("/events/{id}/registrations")
	String list(@PathVariable UUID id, @RequestParam(required = false) RegistrationStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("event", this.events.get(id, Actors.current()));
		model.addAttribute("status", status);
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("results", this.registrations.list(id, status, Math.max(0, page), 100, Actors.current()));
		return "events/registrations";
	}

	@PostMapping("/events/{id}/registrations/{registrationId}/cancel")
	String cancelByCoordinator(@PathVariable UUID id, @PathVariable UUID registrationId, RedirectAttributes redirect) {
		this.registrations.cancel(id, registrationId, Actors.current());
		redirect.addFlashAttribute("flash", "events.flash.registrationCancelled");
		return "redirect:/events/" + id + "/registrations";
	}

}
