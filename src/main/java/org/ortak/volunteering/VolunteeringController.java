package org.ortak.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.networks.Networks;
import org.ortak.organizations.Organizations;
import org.ortak.regions.Regions;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;
import org.ortak.shared.web.FormStamps;

/**
 * Volunteering pages: the opportunities with the confirmed totals, an opportunity with
 * its sign-up form (and, for its keepers, its volunteers and their hours), the form to
 * publish one, and the keepers' and receiving organization's actions on hours.
 */
@Controller
@RequestMapping("/volunteering")
class VolunteeringController {

	private final Volunteering volunteering;

	private final Volunteers volunteers;

	private final Organizations organizations;

	private final Networks networks;

	private final Regions regions;

	private final FormStamps stamps;

	VolunteeringController(Volunteering volunteering, Volunteers volunteers, Organizations organizations,
			Networks networks, Regions regions, FormStamps stamps) {
		this.volunteering = volunteering;
		this.volunteers = volunteers;
		this.organizations = organizations;
		this.networks = networks;
		this.regions = regions;
		this.stamps = stamps;
	}

	/** An opportunity as its form binds it. */
	record OpportunityForm(UUID organizationId, UUID networkId, String language, String title, String description,
			String place, UUID regionId, LocalDate startsOn, LocalDate endsOn, String skills, Integer wanted,
			Boolean open, Long version) {

		OpportunityDraft draft() {
			return new OpportunityDraft(this.organizationId, this.networkId, this.language, this.title,
					this.description, this.place, this.regionId, this.startsOn, this.endsOn, this.skills, this.wanted,
					Boolean.TRUE.equals(this.open));
		}

		static OpportunityForm of(OpportunityView o) {
			return new OpportunityForm(o.organizationId(), o.networkId(), o.language(), o.title(), o.description(),
					o.place(), o.regionId(), o.startsOn(), o.endsOn(), o.skills(), o.wanted(), o.open(), o.version());
		}

	}

	/**
	 * A sign-up as the public form sends it; {@code homepage} is a field only robots
	 * fill.
	 */
	record SignupForm(String name, String email, String phone, UUID companyId, Boolean consent, String stamp,
			String homepage) {

		SignupDraft draft() {
			return new SignupDraft(this.name, this.email, this.phone, this.companyId,
					Boolean.TRUE.equals(this.consent));
		}

	}

	/** Hours as a keeper logs them for a volunteer. */
	record HoursForm(LocalDate workedOn, BigDecimal hours, String note) {

		HoursDraft draft() {
			return new HoursDraft(this.workedOn, this.hours, this.note);
		}

	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) UUID network,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("results", this.volunteering.search(q, network, null, false, Math.max(0, page), 20));
		model.addAttribute("totals", this.volunteering.totals(network, year));
		model.addAttribute("q", q);
		model.addAttribute("network", network);
		model.addAttribute("networkName",
				(network != null) ? this.networks.names(List.of(network)).get(network) : null);
		model.addAttribute("year", year);
		model.addAttribute("publisher",
				Actors.current().isSignedIn() && (VolunteeringPolicy.mayPublish(Actors.current(), null)
						|| !Actors.current().organizationIds().isEmpty()));
		return "volunteering/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		this.volunteering.requireMayPublish(Actors.current());
		return form(model, new OpportunityForm(null, null, Language.of(LocaleContextHolder.getLocale()).code(), null,
				null, null, null, null, null, null, null, true, null), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("opportunity") OpportunityForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OpportunityView[] created = new OpportunityView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.volunteering.create(form.draft(), Actors.current()))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "volunteering.flash.published");
		return "redirect:/volunteering/" + created[0].id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		OpportunityView opportunity = this.volunteering.get(id, Actors.current());
		model.addAttribute("opportunity", opportunity);
		if (!model.containsAttribute("signup")) {
			model.addAttribute("signup", new SignupForm(null, null, null, null, false, null, null));
		}
		if (!model.containsAttribute("hoursForm")) {
			model.addAttribute("hoursForm", new HoursForm(null, null, null));
		}
		model.addAttribute("companies", this.volunteering.companies(id));
		model.addAttribute("stamp", this.stamps.issue());
		return "volunteering/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		OpportunityView opportunity = this.volunteering.get(id, Actors.current());
		if (!opportunity.editable()) {
			throw Actors.current().isSignedIn() ? new org.ortak.shared.Forbidden() : new org.ortak.shared.NotFound();
		}
		return form(model, OpportunityForm.of(opportunity), opportunity);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("opportunity") OpportunityForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.volunteering.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, this.volunteering.get(id, Actors.current()));
		}
		redirect.addFlashAttribute("flash", "volunteering.flash.saved");
		return "redirect:/volunteering/" + id;
	}

	/**
	 * Anyone signs up. Robots that fill the hidden field are thanked and ignored; a form
	 * sent back sooner than a person fills it is shown again.
	 */
	@PostMapping("/{id}/signup")
	String signUp(@PathVariable UUID id, @ModelAttribute("signup") SignupForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.homepage() != null && !form.homepage().isBlank()) {
			redirect.addFlashAttribute("flash", "volunteering.flash.signedUp");
			return "redirect:/volunteering/" + id;
		}
		Volunteers.SignedUp[] done = new Volunteers.SignedUp[1];
		if (!FormErrors.attempt(form, result, model, response, () -> {
			if (!this.stamps.humanPaced(form.stamp())) {
				throw InvalidInput.of("stamp", "events.error.tooFast");
			}
			done[0] = this.volunteers.signUp(id, form.draft());
		})) {
			return show(id, model);
		}
		// the link goes to the address, not to whoever typed it (unless no mail can carry
		// it, and the record it opens holds nothing but what was just typed)
		if (!this.volunteers.mails() && done[0].first()) {
			return "redirect:/v/" + done[0].token();
		}
		redirect.addFlashAttribute("flash", "volunteering.flash.signedUp");
		return "redirect:/volunteering/" + id;
	}

	@PostMapping("/signups/{signupId}/hours")
	String logHours(@PathVariable UUID signupId, @RequestParam UUID opportunity,
			@ModelAttribute("hoursForm") HoursForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.volunteering.logHours(signupId, form.draft(), Actors.current()))) {
			model.addAttribute("hoursFor", signupId);
			return show(opportunity, model);
		}
		redirect.addFlashAttribute("flash", "volunteering.flash.hoursLogged");
		return "redirect:/volunteering/" + opportunity + "#volunteers";
	}

	@PostMapping("/hours/{hoursId}/decide")
	String decide(@PathVariable UUID hoursId, @RequestParam UUID opportunity, @RequestParam boolean confirmed,
			RedirectAttributes redirect) {
		this.volunteering.decide(hoursId, confirmed, null, Actors.current());
		redirect.addFlashAttribute("flash",
				confirmed ? "volunteering.flash.hoursConfirmed" : "volunteering.flash.hoursRejected");
		return "redirect:/volunteering/" + opportunity + "#volunteers";
	}

	private String form(Model model, OpportunityForm form, OpportunityView existing) {
		model.addAttribute("opportunity", form);
		model.addAttribute("existing", existing);
		model.addAttribute("languages", Language.values());
		model.addAttribute("regionChoices", this.regions.shortList(form.regionId()));
		Map<String, String> names = new HashMap<>();
		if (form.organizationId() != null) {
			this.organizations.names(List.of(form.organizationId()))
				.forEach((id, name) -> names.put(id.toString(), name));
		}
		if (form.networkId() != null) {
			this.networks.names(List.of(form.networkId())).forEach((id, name) -> names.put(id.toString(), name));
		}
		model.addAttribute("names", names);
		return "volunteering/form";
	}

}
