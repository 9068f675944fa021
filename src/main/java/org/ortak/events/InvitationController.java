package org.ortak.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.organizations.Organizations;
import org.ortak.people.People;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * Invitations: the event's list and form for its coordinators, the invitation's own page
 * ({@code /i/{token}}) where the invited register or decline.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final Events events;

	private final People people;

	private final Organizations organizations;

	private final ObjectProvider<JavaMailSender> mail;

	InvitationController(Invitations invitations, Events events, People people, Organizations organizations,
			ObjectProvider<JavaMailSender> mail) {
		this.invitations = invitations;
		this.events = events;
		this.people = people;
		this.organizations = organizations;
		this.mail = mail;
	}

	/** Whom to invite, and the language of their mail. */
	record InviteForm(List<UUID> people, List<UUID> organizations, String language) {

		InviteForm {
			people = (people != null) ? people : new ArrayList<>();
			organizations = (organizations != null) ? organizations : new ArrayList<>();
		}

	}

	@GetMapping("/events/{id}/invitations")
	String list(@PathVariable UUID id, Model model) {
		model.addAttribute("invitations", this.invitations.list(id, Actors.current()));
		EventDetails event = this.events.get(id, Actors.current());
		model.addAttribute("event", event);
		if (!model.containsAttribute("invite")) {
			model.addAttribute("invite", new InviteForm(null, null, event.language()));
		}
		InviteForm form = (InviteForm) model.getAttribute("invite");
		Map<UUID, String> personNames = new HashMap<>();
		this.people.cards(form.people(), null).forEach((person, card) -> personNames.put(person, card.name()));
		model.addAttribute("personNames", personNames);
		model.addAttribute("organizationNames", this.organizations.names(form.organizations()));
		model.addAttribute("languages", Language.writingOrder(List.of(), LocaleContextHolder.getLocale()));
		return "events/invitations";
	}

	@PostMapping("/events/{id}/invitations")
	String invite(@PathVariable UUID id, @ModelAttribute("invite") InviteForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response, () -> this.invitations.invite(id, form.people(),
				form.organizations(), form.language(), Actors.current()))) {
			return list(id, model);
		}
		redirect.addFlashAttribute("flash", "events.flash.invited");
		return "redirect:/events/" + id + "/invitations";
	}

	@PostMapping("/events/{id}/invitations/{invitationId}/resend")
	String resend(@PathVariable UUID id, @PathVariable UUID invitationId, RedirectAttributes redirect) {
		this.invitations.resend(id, invitationId, Actors.current());
		redirect.addFlashAttribute("flash", "events.flash.invitationResent");
		return "redirect:/events/" + id + "/invitations";
	}

	@PostMapping("/events/{id}/invitations/{invitationId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID invitationId, RedirectAttributes redirect) {
		this.invitations.withdraw(id, invitationId, Actors.current());
		redirect.addFlashAttribute("flash", "events.flash.invitationWithdrawn");
		return "redirect:/events/" + id + "/invitations";
	}

	@GetMapping("/i/{token}")
	String own(@PathVariable String token, Model model) {
		OwnInvitation own = this.invitations.own(token);
		model.addAttribute("own", own);
		model.addAttribute("event", own.event());
		model.addAttribute("token", token);
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", new RegistrationForm(own.personName(), null, own.email(), null, null,
					null, java.util.Set.of(), null, false, null, null));
		}
		model.addAttribute("needs", Need.values());
		model.addAttribute("genders", org.ortak.people.Gender.values());
		return "events/invitation";
	}

	@PostMapping("/i/{token}")
	String accept(@PathVariable String token, @ModelAttribute("registration") RegistrationForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response) {
		Registered[] done = new Registered[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> done[0] = this.invitations.accept(token, form.draft(), locale))) {
			return own(token, model);
		}
		if (this.mail.getIfAvailable() == null && done[0].token() != null) {
			return "redirect:/r/" + done[0].token();
		}
		return "redirect:/i/" + token + "/registered";
	}

	@GetMapping("/i/{token}/registered")
	String registered(@PathVariable String token, Model model) {
		model.addAttribute("event", this.invitations.own(token).event());
		// the event's own page is no invitee's to read when it is internal
		model.addAttribute("back", "/i/" + token);
		return "events/registered";
	}

	@PostMapping("/i/{token}/decline")
	String decline(@PathVariable String token, RedirectAttributes redirect) {
		this.invitations.decline(token);
		redirect.addFlashAttribute("flash", "events.flash.declined");
		return "redirect:/i/" + token;
	}

}
