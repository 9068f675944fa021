package org.ortak.organizations;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.regions.Regions;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.ResultPage;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * The register's pages: search as you type, an organization's page with its history, and
 * the form to create or edit one.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

	private static final String FORM = "organizations/form";

	private final Organizations organizations;

	private final Regions regions;

	private final Duplicates duplicates;

	private final Corrections corrections;

	OrganizationController(Organizations organizations, Regions regions, Duplicates duplicates,
			Corrections corrections) {
		this.organizations = organizations;
		this.regions = regions;
		this.duplicates = duplicates;
		this.corrections = corrections;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("statuses", OrganizationStatus.values());
		model.addAttribute("sectorChoices", Sector.values());
		// the list page is shared with the public directory
		model.addAttribute("base", "/organizations");
		model.addAttribute("directory", false);
	}

	/**
	 * A form never sends more certification rows than it shows; more is refused unread.
	 */
	@InitBinder("organization")
	void certificationRows(WebRequest request) {
		FormErrors.refuseRowsBeyond(request, "certifications", OrganizationForm.MAX_CERTIFICATION_ROWS,
				OrganizationRules.CERTIFICATIONS_MAX);
	}

	@GetMapping
	String list(@ModelAttribute("query") OrganizationSearchForm search, BindingResult result, Model model,
			HttpServletResponse response) {
		model.addAttribute("regionChoices", this.regions.shortList(search.region()));
		model.addAttribute("sorts", OrganizationSearch.SORTS);
		model.addAttribute("sizes", OrganizationSearchForm.SIZES);
		results(search, result, model, response);
		return "organizations/list";
	}

	/**
	 * The same search, answering htmx with the results alone; boosted and history-restore
	 * requests get the whole page.
	 */
	@HxRequest(boosted = false)
	@GetMapping
	String listResults(@ModelAttribute("query") OrganizationSearchForm search, BindingResult result, Model model,
			HttpServletResponse response) {
		results(search, result, model, response);
		return "organizations/list :: results";
	}

	private void results(OrganizationSearchForm search, BindingResult result, Model model,
			HttpServletResponse response) {
		if (!FormErrors.attempt(search, result, model, response,
				() -> model.addAttribute("results", this.organizations.search(search.query(), Actors.current())))) {
			model.addAttribute("results", new ResultPage<>(List.of(), 0, OrganizationQuery.DEFAULT_SIZE, 0));
		}
	}

	/** An organization as a picker lists it (Tom Select's remote search). */
	record OrganizationChoice(UUID id, String label, String names) {
	}

	/**
	 * What an organization picker of another module's form finds as someone types: the
	 * organizations the reader may read, best first.
	 */
	@GetMapping(path = "/choices", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<OrganizationChoice> choices(@RequestParam(defaultValue = "") String q) {
		return this.organizations
			.search(new OrganizationQuery(q.isBlank() ? null : q, null, null, null, null, false, 0, 20, null),
					Actors.current())
			.items()
			.stream()
			.map((organization) -> new OrganizationChoice(organization.id(), organization.name(),
					(organization.shortName() != null) ? organization.shortName() : ""))
			.toList();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("organization", this.organizations.get(id, Actors.current()));
		model.addAttribute("history",
				this.organizations.history(id, Actors.current(), 0, OrganizationHistoryController.PAGE_SIZE));
		if (!model.containsAttribute("statusChange")) {
			model.addAttribute("statusChange", StatusChangeForm.empty());
		}
		return "organizations/show";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		this.organizations.requireMayRegister(Actors.current());
		return form(model, OrganizationForm.empty(), null);
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("organization") OrganizationForm form, BindingResult result, Model model,
			@RequestParam(defaultValue = "false") boolean notDuplicate, RedirectAttributes redirect,
			HttpServletResponse response) {
		Actor actor = Actors.current();
		this.organizations.requireMayRegister(actor);
		UUID[] created = new UUID[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> form.withFormFields(() -> this.organizations.check(form.draft(), null)),
				() -> form.withFormFields(() -> {
					unlessAlike(form, notDuplicate, actor, model);
					created[0] = this.organizations.create(form.draft(), form.status(), actor).id();
				}))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "organizations.flash.created");
		return "redirect:/organizations/" + created[0];
	}

	/**
	 * A new organization like one already registered (same name, same place) is saved
	 * only once the user says it is a different one: the page shows the look-alikes.
	 */
	private void unlessAlike(OrganizationForm form, boolean notDuplicate, Actor actor, Model model) {
		if (notDuplicate) {
			return;
		}
		List<OrganizationSummary> alike = this.duplicates.like(form.draft(), actor);
		if (!alike.isEmpty()) {
			model.addAttribute("possibleDuplicates", alike);
			throw InvalidInput.of("name", "organizations.error.possibleDuplicate");
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		OrganizationDetails organization = this.organizations.get(id, Actors.current());
		return form(model, OrganizationForm.of(organization), organization);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("organization") OrganizationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = Actors.current();
		OrganizationDetails existing = this.organizations.get(id, actor);
		if (!FormErrors.attempt(form, result, model, response,
				() -> form.withFormFields(() -> this.organizations.check(form.draft(), id)),
				() -> form.withFormFields(() -> this.organizations.update(id, form.draft(), form.version(), actor)))) {
			return form(model, form, existing);
		}
		redirect.addFlashAttribute("flash", "organizations.flash.updated");
		return "redirect:/organizations/" + id;
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable UUID id, @ModelAttribute("statusChange") StatusChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = Actors.current();
		if (FormErrors.attempt(form, result, model, response, () -> this.organizations.changeStatus(id, form.status(),
				form.effectiveOn(), form.reason(), form.version(), actor))) {
			redirect.addFlashAttribute("flash", "organizations.flash.statusChanged");
			return "redirect:/organizations/" + id;
		}
		return show(id, model);
	}

	@PostMapping("/{id}/publication")
	String publish(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean listed,
			@RequestParam(required = false) LocationPrecision locationPrecision,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.organizations.publish(id, listed, locationPrecision, version, Actors.current());
		redirect.addFlashAttribute("flash", "organizations.flash.published");
		return "redirect:/organizations/" + id;
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.organizations.confirm(id, version, Actors.current());
		redirect.addFlashAttribute("flash", "organizations.flash.confirmed");
		return "redirect:/organizations/" + id;
	}

	/** A private link for the organization's own contact, shown once. */
	@PostMapping("/{id}/private-link")
	String privateLink(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("privateLink", this.corrections.issueLink(id, Actors.current()));
		return "redirect:/organizations/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.organizations.archive(id, version, Actors.current());
		redirect.addFlashAttribute("flash", "organizations.flash.archived");
		return "redirect:/organizations/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.organizations.restore(id, version, Actors.current());
		redirect.addFlashAttribute("flash", "organizations.flash.restored");
		return "redirect:/organizations/" + id;
	}

	/**
	 * The sub-kind select for the kind and region the form has chosen, as htmx asks for
	 * it when either changes.
	 */
	@GetMapping("/sub-kinds")
	String subKinds(@RequestParam MultiValueMap<String, String> typed, Model model) {
		choosing(model, typed);
		return FORM + " :: subKind";
	}

	/**
	 * The identifier fields of the chosen region's country, keeping what was typed in
	 * those that stay; htmx asks for them when the region changes.
	 */
	@GetMapping("/identifiers")
	String identifiers(@RequestParam MultiValueMap<String, String> typed, Model model) {
		choosing(model, typed);
		return FORM + " :: identifiers";
	}

	/**
	 * The form's kind, region, sub-kind and identifiers as typed so far, read leniently:
	 * these fragments only offer choices, and whatever else the form holds (a number not
	 * yet valid) is the save's business.
	 */
	private void choosing(Model model, MultiValueMap<String, String> typed) {
		OrganizationForm form = OrganizationForm.choosing(typed.getFirst("kind"), typed.getFirst("subKind"),
				typed.getFirst("regionId"), typed.toSingleValueMap());
		model.addAttribute("organization", form);
		// a region chosen anew offers its own country's fields only
		nationalChoices(model, form, false);
	}

	private String form(Model model, OrganizationForm form, OrganizationDetails existing) {
		model.addAttribute("organization", form);
		model.addAttribute("existing", existing);
		model.addAttribute("regionChoices", this.regions.shortList(form.regionId()));
		nationalChoices(model, form, true);
		return FORM;
	}

	/**
	 * What the organization's country offers: its sub-kinds and identifiers. Before a
	 * region is chosen (or without JavaScript), every one, grouped by kind or country.
	 * Identifiers the organization {@code held} of another country stay in sight.
	 */
	private void nationalChoices(Model model, OrganizationForm form, boolean held) {
		boolean countryKnown = this.regions.find(form.regionId()).isPresent();
		String country = countryKnown ? this.regions.countryCode(form.regionId()).orElse(null) : null;
		model.addAttribute("subKindGroups", NationalChoices.subKinds(form.kind(), country, countryKnown));
		model.addAttribute("identifierGroups",
				NationalChoices.identifiers(country, countryKnown, held ? form.identifiers().keySet() : Set.of()));
		// a sub-kind kept from before that is no longer offered is shown, so saving does
		// not drop it silently
		boolean offered = NationalChoices.subKinds(form.kind(), country, countryKnown)
			.stream()
			.anyMatch(
					(group) -> group.subKinds().stream().anyMatch((subKind) -> subKind.name().equals(form.subKind())));
		model.addAttribute("unofferedSubKind", (form.subKind() != null && !offered) ? form.subKind() : null);
	}

}
