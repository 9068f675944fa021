package org.ortak.events;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.organizations.Organizations;
import org.ortak.regions.Regions;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * Venues: the list, the form, and the picker's search.
 */
@Controller
@RequestMapping("/venues")
class VenueController {

	private final Events events;

	private final Regions regions;

	private final Organizations organizations;

	VenueController(Events events, Regions regions, Organizations organizations) {
		this.events = events;
		this.regions = regions;
		this.organizations = organizations;
	}

	/** A venue as its form binds it. */
	record VenueForm(String name, String address, UUID regionId, Double latitude, Double longitude, UUID organizationId,
			String timeZone, Long version) {

		VenueDraft draft() {
			return new VenueDraft(this.name, this.address, this.regionId, this.latitude, this.longitude,
					this.organizationId, EventRequest.zone(this.timeZone));
		}

		static VenueForm of(VenueView venue) {
			return new VenueForm(venue.name(), venue.address(), venue.regionId(), venue.latitude(), venue.longitude(),
					venue.organizationId(), venue.timeZone(), venue.version());
		}

	}

	/** A venue as a picker lists it. */
	record VenueChoice(UUID id, String label, String names) {
	}

	@GetMapping(path = "/choices", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<VenueChoice> choices(@RequestParam(defaultValue = "") String q) {
		return this.events.venues(q, 20)
			.stream()
			.map((venue) -> new VenueChoice(venue.id(), venue.name(), (venue.address() != null) ? venue.address() : ""))
			.toList();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		this.events.requireMayPlan(Actors.current());
		model.addAttribute("venues", this.events.venues(q, 100));
		model.addAttribute("q", q);
		return "events/venues";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		this.events.requireMayPlan(Actors.current());
		return form(model, new VenueForm(null, null, null, null, null, null, this.events.defaultZone().getId(), null),
				null);
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("venue") VenueForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.events.createVenue(form.draft(), Actors.current()))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "events.flash.venueSaved");
		return "redirect:/venues";
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		this.events.requireMayPlan(Actors.current());
		VenueView venue = this.events.venue(id);
		return form(model, VenueForm.of(venue), venue);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("venue") VenueForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		VenueView existing = this.events.venue(id);
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.events.updateVenue(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, existing);
		}
		redirect.addFlashAttribute("flash", "events.flash.venueSaved");
		return "redirect:/venues";
	}

	private String form(Model model, VenueForm form, VenueView existing) {
		model.addAttribute("venue", form);
		model.addAttribute("existing", existing);
		model.addAttribute("regionChoices", this.regions.shortList(form.regionId()));
		model.addAttribute("organizationName", (form.organizationId() != null)
				? this.organizations.names(List.of(form.organizationId())).get(form.organizationId()) : null);
		model.addAttribute("zones", java.time.ZoneId.getAvailableZoneIds().stream().sorted().toList());
		return "events/venue-form";
	}

}
