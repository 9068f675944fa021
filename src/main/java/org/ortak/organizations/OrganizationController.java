package org.ortak.organizations;

import java.util.Arrays;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.regions.Regions;
import org.ortak.shared.DomainException;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.StaleVersion;
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

	OrganizationController(Organizations organizations, Regions regions) {
		this.organizations = organizations;
		this.regions = regions;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("statuses", OrganizationStatus.values());
		model.addAttribute("sectorChoices", Sector.values());
	}

	@GetMapping
	String list(@ModelAttribute("query") OrganizationSearchForm search, Model model) {
		model.addAttribute("regionChoices", this.regions.tree());
		model.addAttribute("sorts", OrganizationSearch.SORTS);
		results(search, model);
		return "organizations/list";
	}

	/**
	 * The same search, answering htmx with the results alone; boosted and history-restore
	 * requests get the whole page.
	 */
	@HxRequest(boosted = false)
	@GetMapping
	String listResults(@ModelAttribute("query") OrganizationSearchForm search, Model model) {
		results(search, model);
		return "organizations/list :: results";
	}

	private void results(OrganizationSearchForm search, Model model) {
		model.addAttribute("results", this.organizations.search(search.query(), Actors.current()));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("organization", this.organizations.get(id, Actors.current()));
		if (!model.containsAttribute("statusChange")) {
			model.addAttribute("statusChange", new StatusChangeForm());
		}
		return "organizations/show";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		return form(model, OrganizationForm.empty(), null);
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("organization") OrganizationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (FormErrors.failed(result, response, () -> this.organizations.check(form.draft(), null))) {
			return form(model, form, null);
		}
		try {
			OrganizationDetails created = this.organizations.create(form.draft(), form.getStatus(), Actors.current());
			redirect.addFlashAttribute("flash", "organizations.flash.created");
			return "redirect:/organizations/" + created.id();
		}
		catch (InvalidInput ex) {
			FormErrors.show(ex, result, response);
			return form(model, form, null);
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
		OrganizationDetails existing = this.organizations.get(id, Actors.current());
		if (FormErrors.failed(result, response, () -> this.organizations.check(form.draft(), id))) {
			return form(model, form, existing);
		}
		try {
			this.organizations.update(id, form.draft(), form.getVersion(), Actors.current());
			redirect.addFlashAttribute("flash", "organizations.flash.updated");
			return "redirect:/organizations/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.show(ex, result, response);
			return form(model, form, existing);
		}
		catch (StaleVersion ex) {
			FormErrors.show(ex, result, response);
			return form(model, form, existing);
		}
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable UUID id, @ModelAttribute("statusChange") StatusChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!FormErrors.failed(result, response)) {
			try {
				this.organizations.changeStatus(id, form.getStatus(), form.getEffectiveOn(), form.getReason(),
						form.getVersion(), Actors.current());
				redirect.addFlashAttribute("flash", "organizations.flash.statusChanged");
				return "redirect:/organizations/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.show(ex, result, response);
			}
			catch (StaleVersion ex) {
				FormErrors.show(ex, result, response);
			}
			catch (DomainException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
				response.setStatus(422);
			}
		}
		model.addAttribute("organization", this.organizations.get(id, Actors.current()));
		return "organizations/show";
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

	private String form(Model model, OrganizationForm form, OrganizationDetails existing) {
		form.addEmptyCertificationRows();
		model.addAttribute("organization", form);
		model.addAttribute("existing", existing);
		model.addAttribute("regionChoices", this.regions.tree());
		model.addAttribute("subKindChoices",
				Arrays.stream(OrganizationKind.values())
					.flatMap((kind) -> kind.subKinds().stream())
					.distinct()
					.toList());
		return FORM;
	}

}
