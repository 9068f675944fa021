package org.ortak.projects;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.accounts.Staff;
import org.ortak.events.Events;
import org.ortak.indicators.Dimension;
import org.ortak.networks.Networks;
import org.ortak.organizations.Organizations;
import org.ortak.people.Gender;
import org.ortak.plans.Plans;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/** Project pages: the list (by words, region and organization), a project, its form. */
@Controller
@RequestMapping("/projects")
class ProjectController {

	private final Projects projects;

	private final Organizations organizations;

	private final Regions regions;

	private final Events events;

	private final Networks networks;

	private final Plans plans;

	private final Staff staff;

	private final org.ortak.indicators.MonitoringFiles files;

	private final org.ortak.events.ActionItems actions;

	private final java.time.Clock clock;

	ProjectController(Projects projects, Organizations organizations, Regions regions, Events events, Networks networks,
			Plans plans, Staff staff, org.ortak.indicators.MonitoringFiles files, java.time.Clock clock,
			org.ortak.events.ActionItems actions) {
		this.actions = actions;
		this.files = files;
		this.clock = clock;
		this.projects = projects;
		this.organizations = organizations;
		this.regions = regions;
		this.events = events;
		this.networks = networks;
		this.plans = plans;
		this.staff = staff;
	}

	/** A form never sends more rows than it shows; more is refused unread. */
	@InitBinder("project")
	void rows(WebRequest request) {
		FormErrors.refuseRowsBeyond(request, "partners", ProjectForm.MAX_PARTNER_ROWS, ProjectDraft.MAX_PARTNERS);
		FormErrors.refuseRowsBeyond(request, "groups", ProjectForm.MAX_GROUP_ROWS, ProjectDraft.MAX_GROUPS);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) UUID region,
			@RequestParam(required = false) UUID organization, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("results",
				this.projects.search(q, region, organization, Math.max(0, page), 20, Actors.current()));
		model.addAttribute("q", q);
		model.addAttribute("region", region);
		model.addAttribute("regionName", (region != null)
				? this.regions.find(region).map((r) -> r.label(LocaleContextHolder.getLocale())).orElse(null) : null);
		model.addAttribute("organization", organization);
		model.addAttribute("organizationName",
				(organization != null) ? this.organizations.names(List.of(organization)).get(organization) : null);
		model.addAttribute("maker", ProjectPolicy.mayMake(Actors.current()));
		return "projects/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		this.projects.requireMayMake(Actors.current());
		return form(model, ProjectForm.empty(), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("project") ProjectForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ProjectView[] created = new ProjectView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.projects.create(form.draft(), Actors.current()))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "projects.flash.created");
		return "redirect:/projects/" + created[0].id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		ProjectView project = this.projects.get(id, Actors.current());
		model.addAttribute("project", project);
		model.addAttribute("adoptions", this.projects.adoptions(id, Actors.current()));
		model.addAttribute("linkable", project.editable() ? this.actions.linkable(Actors.current()) : List.of());
		model.addAttribute("ledger", this.projects.contributions(id, Actors.current()).orElse(null));
		model.addAttribute("reportPeriods", org.ortak.indicators.ReportPeriod.choices(LocaleContextHolder.getLocale(),
				java.time.LocalDate.now(this.clock)));
		return "projects/show";
	}

	/** The monitoring report for a period (this year by default) as PDF. */
	@GetMapping("/{id}/report.pdf")
	org.springframework.http.ResponseEntity<byte[]> reportPdf(@PathVariable UUID id,
			@RequestParam(required = false) String period, java.util.Locale locale) {
		return this.files.pdfResponse(report(id, period, locale), "project", locale);
	}

	/** The monitoring report for a period (this year by default) as XLSX. */
	@GetMapping("/{id}/report.xlsx")
	org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> reportXlsx(
			@PathVariable UUID id, @RequestParam(required = false) String period, java.util.Locale locale) {
		return this.files.xlsxResponse(report(id, period, locale), "project", locale);
	}

	private org.ortak.indicators.MonitoringReport report(UUID id, String period, java.util.Locale locale) {
		return this.projects.report(id,
				org.ortak.indicators.ReportPeriod.of(period, locale, java.time.LocalDate.now(this.clock)),
				Actors.current());
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		ProjectView project = editable(id);
		return form(model, ProjectForm.of(project), project);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("project") ProjectForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.projects.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, this.projects.get(id, Actors.current()));
		}
		redirect.addFlashAttribute("flash", "projects.flash.saved");
		return "redirect:/projects/" + id;
	}

	private ProjectView editable(UUID id) {
		ProjectView project = this.projects.get(id, Actors.current());
		if (!project.editable()) {
			throw Actors.current().isSignedIn() ? new Forbidden() : new NotFound();
		}
		return project;
	}

	private String form(Model model, ProjectForm form, ProjectView existing) {
		model.addAttribute("project", form);
		model.addAttribute("existing", existing);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("ageBands", Dimension.AGE_BAND.categories());
		model.addAttribute("languages", Language.writingOrder(form.titles().keySet(), LocaleContextHolder.getLocale()));
		Set<UUID> orgIds = new HashSet<>();
		if (form.implementerId() != null) {
			orgIds.add(form.implementerId());
		}
		if (form.funding().funderId() != null) {
			orgIds.add(form.funding().funderId());
		}
		form.partners().stream().map(Partner::organizationId).filter((o) -> o != null).forEach(orgIds::add);
		model.addAttribute("organizationNames", texts(this.organizations.names(orgIds)));
		Set<UUID> regionIds = new HashSet<>(form.regions());
		form.groups().stream().map(TargetGroup::regionId).filter((r) -> r != null).forEach(regionIds::add);
		Map<String, String> regionNames = new HashMap<>();
		this.regions.findAll(regionIds)
			.forEach((rid, r) -> regionNames.put(rid.toString(), r.label(LocaleContextHolder.getLocale())));
		model.addAttribute("regionNames", regionNames);
		Map<String, String> eventNames = new HashMap<>();
		this.events.summariesOf(form.events(), Actors.current())
			.forEach((e) -> eventNames.put(e.id().toString(), e.title() + " · " + e.startsOn()));
		model.addAttribute("eventNames", eventNames);
		model.addAttribute("networkNames",
				texts(this.networks.names((form.networkId() != null) ? List.of(form.networkId()) : List.of())));
		model.addAttribute("planItems", this.plans.itemChoices(Actors.current(), 500, false));
		model.addAttribute("staff", this.staff.coordinators());
		return "projects/form";
	}

	/** Names keyed by text: the form's fields come back as their text. */
	private static Map<String, String> texts(Map<UUID, String> names) {
		Map<String, String> texts = new HashMap<>();
		names.forEach((key, name) -> texts.put(key.toString(), name));
		return texts;
	}

}
