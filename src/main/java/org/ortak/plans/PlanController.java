package org.ortak.plans;

import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.accounts.Staff;
import org.ortak.organizations.Organizations;
import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * Plan pages: the list, a plan's tree with progress, an item with its responsible
 * organizations and targets, and the forms of plans and items.
 */
@Controller
@RequestMapping("/plans")
class PlanController {

	private final Plans plans;

	private final Organizations organizations;

	private final Staff staff;

	private final org.ortak.indicators.MonitoringFiles files;

	private final org.ortak.events.ActionItems actions;

	private final java.time.Clock clock;

	PlanController(Plans plans, Organizations organizations, Staff staff, org.ortak.indicators.MonitoringFiles files,
			java.time.Clock clock, org.ortak.events.ActionItems actions) {
		this.actions = actions;
		this.files = files;
		this.clock = clock;
		this.plans = plans;
		this.organizations = organizations;
		this.staff = staff;
	}

	/** A form never sends more agency rows than it shows; more is refused unread. */
	@InitBinder("item")
	void agencyRows(WebRequest request) {
		FormErrors.refuseRowsBeyond(request, "agencies", ItemForm.MAX_ROWS, ItemDraft.MAX_AGENCIES);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("results", this.plans.search(q, Math.max(0, page), 20, Actors.current()));
		model.addAttribute("q", q);
		model.addAttribute("maker", PlanPolicy.mayMake(Actors.current()));
		return "plans/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		this.plans.requireMayMake(Actors.current());
		return form(model, PlanForm.empty(), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("plan") PlanForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PlanView[] created = new PlanView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.plans.create(form.draft(), Actors.current()))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "plans.flash.created");
		return "redirect:/plans/" + created[0].id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("plan", this.plans.get(id, Actors.current()));
		model.addAttribute("reportPeriods", org.ortak.indicators.ReportPeriod.choices(LocaleContextHolder.getLocale(),
				java.time.LocalDate.now(this.clock)));
		return "plans/show";
	}

	/** The monitoring report for a period (this year by default) as PDF. */
	@GetMapping("/{id}/report.pdf")
	org.springframework.http.ResponseEntity<byte[]> reportPdf(@PathVariable UUID id,
			@RequestParam(required = false) String period, java.util.Locale locale) {
		return this.files.pdfResponse(report(id, period, locale), "plan", locale);
	}

	/** The monitoring report for a period (this year by default) as XLSX. */
	@GetMapping("/{id}/report.xlsx")
	org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> reportXlsx(
			@PathVariable UUID id, @RequestParam(required = false) String period, java.util.Locale locale) {
		return this.files.xlsxResponse(report(id, period, locale), "plan", locale);
	}

	private org.ortak.indicators.MonitoringReport report(UUID id, String period, java.util.Locale locale) {
		return this.plans.report(id,
				org.ortak.indicators.ReportPeriod.of(period, locale, java.time.LocalDate.now(this.clock)),
				Actors.current());
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		PlanView plan = editable(id);
		return form(model, PlanForm.of(plan), plan);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("plan") PlanForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.plans.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, this.plans.get(id, Actors.current()));
		}
		redirect.addFlashAttribute("flash", "plans.flash.saved");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/{id}/items/new")
	String newItem(@PathVariable UUID id, @RequestParam(required = false) UUID parent, Model model) {
		return itemForm(model, editable(id), ItemForm.under(parent), null);
	}

	@PostMapping("/{id}/items/new")
	String newItem(@PathVariable UUID id, @ModelAttribute("item") ItemForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ItemView[] created = new ItemView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.plans.addItem(id, form.draft(), Actors.current()))) {
			return itemForm(model, this.plans.get(id, Actors.current()), form, null);
		}
		redirect.addFlashAttribute("flash", "plans.flash.itemAdded");
		return "redirect:/plans/" + id + "/items/" + created[0].id();
	}

	@GetMapping("/{id}/items/{itemId}")
	String item(@PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		PlanView plan = this.plans.get(id, Actors.current());
		ItemView item = plan.items()
			.stream()
			.filter((i) -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(NotFound::new);
		model.addAttribute("plan", plan);
		model.addAttribute("item", item);
		model.addAttribute("path", path(plan, item));
		model.addAttribute("children", plan.items().stream().filter((i) -> itemId.equals(i.parentId())).toList());
		model.addAttribute("adoptions", this.plans.adoptions(id, itemId, Actors.current()));
		model.addAttribute("linkable", plan.editable() ? this.actions.linkable(Actors.current()) : List.of());
		return "plans/item";
	}

	/** Links an action item of an event to the item it serves. */
	@PostMapping("/{id}/items/{itemId}/actions")
	String linkAction(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) UUID actionId,
			RedirectAttributes redirect) {
		this.plans.linkAction(id, itemId, actionId, Actors.current());
		redirect.addFlashAttribute("flash", "adoptions.flash.linked");
		return "redirect:/plans/" + id + "/items/" + itemId + "#adoptions";
	}

	@GetMapping("/{id}/items/{itemId}/edit")
	String editItem(@PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		PlanView plan = editable(id);
		ItemView item = plan.items()
			.stream()
			.filter((i) -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(NotFound::new);
		return itemForm(model, plan, ItemForm.of(item), item);
	}

	@PostMapping("/{id}/items/{itemId}/edit")
	String editItem(@PathVariable UUID id, @PathVariable UUID itemId, @ModelAttribute("item") ItemForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.plans.updateItem(id, itemId, form.draft(), form.version(), Actors.current()))) {
			return itemForm(model, this.plans.get(id, Actors.current()), form,
					this.plans.item(id, itemId, Actors.current()));
		}
		redirect.addFlashAttribute("flash", "plans.flash.saved");
		return "redirect:/plans/" + id + "/items/" + itemId;
	}

	@PostMapping("/{id}/items/{itemId}/delete")
	String deleteItem(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
		this.plans.deleteItem(id, itemId, Actors.current());
		redirect.addFlashAttribute("flash", "plans.flash.itemDeleted");
		return "redirect:/plans/" + id;
	}

	private PlanView editable(UUID id) {
		PlanView plan = this.plans.get(id, Actors.current());
		if (!plan.editable()) {
			throw Actors.current().isSignedIn() ? new Forbidden() : new NotFound();
		}
		return plan;
	}

	/** The item's ancestors, the strategy first. */
	private static List<ItemView> path(PlanView plan, ItemView item) {
		Map<UUID, ItemView> byId = new HashMap<>();
		plan.items().forEach((i) -> byId.put(i.id(), i));
		List<ItemView> path = new ArrayList<>();
		for (UUID at = item.parentId(); at != null && path.size() < Plans.MAX_DEPTH; at = byId.get(at).parentId()) {
			path.add(0, byId.get(at));
		}
		return path;
	}

	private String form(Model model, PlanForm form, PlanView existing) {
		model.addAttribute("plan", form);
		model.addAttribute("existing", existing);
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("languages", Language.writingOrder(form.titles().keySet(), LocaleContextHolder.getLocale()));
		model.addAttribute("organizationNames",
				names((form.ownerOrganizationId() != null) ? List.of(form.ownerOrganizationId()) : List.of()));
		model.addAttribute("staff", this.staff.coordinators());
		return "plans/form";
	}

	private String itemForm(Model model, PlanView plan, ItemForm form, ItemView existing) {
		model.addAttribute("plan", plan);
		model.addAttribute("item", form);
		model.addAttribute("existing", existing);
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("roles", AgencyRole.values());
		model.addAttribute("languages", Language.writingOrder(form.titles().keySet(), LocaleContextHolder.getLocale()));
		model.addAttribute("parents", possibleParents(plan.items(), existing));
		model.addAttribute("organizationNames",
				names(form.agencies().stream().map(Agency::organizationId).filter((o) -> o != null).toList()));
		return "plans/item-form";
	}

	/**
	 * What an item may go under: any item above the fourth level but itself and what is
	 * under it, which follows it in tree order, deeper than it.
	 */
	static List<ItemView> possibleParents(List<ItemView> items, ItemView item) {
		List<ItemView> parents = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ItemView candidate = items.get(i);
			if (item != null && candidate.id().equals(item.id())) {
				while (i + 1 < items.size() && items.get(i + 1).depth() > item.depth()) {
					i++;
				}
			}
			else if (candidate.depth() < Plans.MAX_DEPTH) {
				parents.add(candidate);
			}
		}
		return parents;
	}

	/** Organization names keyed by text: the form's fields come back as their text. */
	private Map<String, String> names(List<UUID> ids) {
		Map<String, String> names = new HashMap<>();
		this.organizations.names(ids).forEach((oid, name) -> names.put(oid.toString(), name));
		return names;
	}

}
