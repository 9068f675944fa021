package org.ortak.networks;

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

import org.ortak.accounts.Staff;
import org.ortak.organizations.Organizations;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * Network pages: the list, a network with its members and road map, the form, the
 * members' form for its keepers, and an organization's networks for its page.
 */
@Controller
@RequestMapping("/networks")
class NetworkController {

	private final Networks networks;

	private final Organizations organizations;

	private final Staff staff;

	private final org.ortak.regions.Regions regions;

	private final Contributions contributions;

	private final org.springframework.beans.factory.ObjectProvider<NetworkProjects> projects;

	NetworkController(Networks networks, Organizations organizations, Staff staff, org.ortak.regions.Regions regions,
			Contributions contributions, org.springframework.beans.factory.ObjectProvider<NetworkProjects> projects) {
		this.projects = projects;
		this.regions = regions;
		this.contributions = contributions;
		this.networks = networks;
		this.organizations = organizations;
		this.staff = staff;
	}

	/** A member as added on the network's page. */
	record MemberForm(UUID organizationId, UUID personId, MemberRole role, java.time.LocalDate joinedOn,
			java.time.LocalDate leftOn) {

		MemberDraft draft() {
			return new MemberDraft(this.organizationId, this.personId, this.role, this.joinedOn, this.leftOn);
		}

	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) NetworkKind kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("results", this.networks.search(q, kind, null, Math.max(0, page), 20));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", NetworkKind.values());
		model.addAttribute("founder", NetworkPolicy.mayFound(Actors.current()));
		return "networks/list";
	}

	/**
	 * A network as a picker lists it (the network an agreement or opportunity belongs
	 * to).
	 */
	record NetworkChoice(UUID id, String label, String names) {
	}

	@GetMapping(path = "/choices", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	@org.springframework.web.bind.annotation.ResponseBody
	List<NetworkChoice> choices(@RequestParam(defaultValue = "") String q) {
		return this.networks.search(q, null, null, 0, 20)
			.items()
			.stream()
			.map((network) -> new NetworkChoice(network.id(), network.name(), ""))
			.toList();
	}

	@GetMapping("/new")
	String create(Model model) {
		this.networks.requireMayFound(Actors.current());
		return form(model, NetworkForm.empty(), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("network") NetworkForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		NetworkView[] created = new NetworkView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.networks.create(form.draft(), Actors.current()))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "networks.flash.created");
		return "redirect:/networks/" + created[0].id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		NetworkView network = this.networks.get(id, Actors.current());
		model.addAttribute("network", network);
		if (!model.containsAttribute("member")) {
			model.addAttribute("member", new MemberForm(null, null, MemberRole.MEMBER, null, null));
		}
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("ledger", this.contributions.ledger(id, Actors.current()));
		EventContributionController.ledgerForm(model);
		NetworkProjects projects = this.projects.getIfAvailable();
		model.addAttribute("networkProjects",
				(projects != null) ? projects.projectsOf(id, Actors.current()) : java.util.Map.of());
		return "networks/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		NetworkView network = this.networks.get(id, Actors.current());
		if (!network.editable()) {
			throw Actors.current().isSignedIn() ? new org.ortak.shared.Forbidden() : new org.ortak.shared.NotFound();
		}
		return form(model, NetworkForm.of(network), network);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("network") NetworkForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.networks.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, this.networks.get(id, Actors.current()));
		}
		redirect.addFlashAttribute("flash", "networks.flash.saved");
		return "redirect:/networks/" + id;
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable UUID id, @ModelAttribute("member") MemberForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.networks.addMember(id, form.draft(), Actors.current()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("flash", "networks.flash.memberAdded");
		return "redirect:/networks/" + id + "#members";
	}

	@PostMapping("/{id}/members/{memberId}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
		this.networks.removeMember(id, memberId, Actors.current());
		redirect.addFlashAttribute("flash", "networks.flash.memberRemoved");
		return "redirect:/networks/" + id + "#members";
	}

	@PostMapping("/{id}/contributions")
	String record(@PathVariable UUID id, @ModelAttribute("contribution") ContributionForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response, () -> this.contributions.record(id, form.draft(),
				ContributionApiController.evidenceBytes(form.evidence(), this.contributions.maxEvidenceSize(), false),
				Actors.current()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("flash", "contributions.flash.recorded");
		return "redirect:/networks/" + id + "#contributions";
	}

	/** An organization's networks, for its page (htmx loads it). */
	@GetMapping("/of/{organizationId}")
	String ofOrganization(@PathVariable UUID organizationId, Model model) {
		model.addAttribute("memberships", this.networks.ofOrganization(organizationId));
		return "networks/fragments :: memberships";
	}

	private String form(Model model, NetworkForm form, NetworkView existing) {
		model.addAttribute("network", form);
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", NetworkKind.values());
		model.addAttribute("statuses", MilestoneStatus.values());
		java.util.Set<String> written = new java.util.LinkedHashSet<>();
		form.names().forEach((code, name) -> {
			if (name != null && !name.isBlank()) {
				written.add(code);
			}
		});
		model.addAttribute("languages", Language.writingOrder(written, LocaleContextHolder.getLocale()));
		model.addAttribute("regionChoices", this.regions.shortList(form.regionId()));
		List<UUID> orgs = new java.util.ArrayList<>();
		if (form.coordinatorOrganizationId() != null) {
			orgs.add(form.coordinatorOrganizationId());
		}
		if (form.organizationId() != null) {
			orgs.add(form.organizationId());
		}
		// keyed by text: the form's fields come back as their text
		Map<String, String> organizationNames = new java.util.HashMap<>();
		this.organizations.names(orgs).forEach((id, name) -> organizationNames.put(id.toString(), name));
		model.addAttribute("organizationNames", organizationNames);
		model.addAttribute("staff", this.staff.coordinators());
		return "networks/form";
	}

}
