package org.ortak.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.accounts.Staff;
import org.ortak.organizations.Organizations;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.files.Uploads;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * Agreement pages: the list (and the agreements ending soon), the obligations due and
 * overdue, an agreement with its obligations and documents, the form, and an
 * organization's or a network's agreements for their pages.
 */
@Controller
@RequestMapping("/agreements")
class AgreementController {

	private final Agreements agreements;

	private final AgreementDocuments documents;

	private final Organizations organizations;

	private final org.ortak.networks.Networks networks;

	private final Staff staff;

	private final java.time.Clock clock;

	AgreementController(Agreements agreements, AgreementDocuments documents, Organizations organizations,
			org.ortak.networks.Networks networks, Staff staff, java.time.Clock clock) {
		this.clock = clock;
		this.agreements = agreements;
		this.documents = documents;
		this.organizations = organizations;
		this.networks = networks;
		this.staff = staff;
	}

	/** An obligation as added on the agreement's page. */
	record ObligationForm(UUID organizationId, String description, LocalDate dueOn) {

		ObligationDraft draft() {
			return new ObligationDraft(this.organizationId, this.description, this.dueOn, ObligationStatus.OPEN, null);
		}

	}

	/** A document as uploaded on the agreement's page. */
	record DocumentForm(String title, MultipartFile file) {
	}

	/** A form never sends more party rows than it shows; more is refused unread. */
	@InitBinder("agreement")
	void partyRows(WebRequest request) {
		FormErrors.refuseRowsBeyond(request, "parties", AgreementForm.MAX_ROWS, AgreementDraft.MAX_PARTIES);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) AgreementKind kind,
			@RequestParam(required = false) AgreementStatus status, @RequestParam(required = false) Integer ending,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("results", this.agreements.search(new Agreements.Query(q, kind, status, null, null, ending),
				Math.max(0, page), 20, Actors.current()));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("ending", ending);
		model.addAttribute("soonDays", Agreements.SOON_DAYS);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("maker", AgreementPolicy.mayMake(Actors.current()));
		return "agreements/list";
	}

	@GetMapping("/obligations")
	String obligations(Model model) {
		model.addAttribute("overdue", this.agreements.openObligations(0, null, 0, 100, Actors.current()));
		model.addAttribute("dueSoon",
				this.agreements.openObligations(Agreements.SOON_DAYS, null, 0, 100, Actors.current()));
		model.addAttribute("soonDays", Agreements.SOON_DAYS);
		return "agreements/obligations";
	}

	@GetMapping("/new")
	String create(Model model) {
		this.agreements.requireMayMake(Actors.current());
		return form(model, AgreementForm.empty(Language.of(LocaleContextHolder.getLocale()).code()), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("agreement") AgreementForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		AgreementView[] created = new AgreementView[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = onRows(form, () -> this.agreements.create(form.draft(), Actors.current())))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "agreements.flash.created");
		return "redirect:/agreements/" + created[0].id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		AgreementView agreement = this.agreements.get(id, Actors.current());
		model.addAttribute("agreement", agreement);
		if (!model.containsAttribute("obligation")) {
			model.addAttribute("obligation", new ObligationForm(null, null, null));
		}
		if (!model.containsAttribute("document")) {
			model.addAttribute("document", new DocumentForm(null, null));
		}
		model.addAttribute("maxMegabytes", this.documents.maxFileSize() / (1024 * 1024));
		model.addAttribute("ending", agreement.endsOn() != null && agreement.status().inForce()
				&& !agreement.endsOn().isAfter(LocalDate.now(this.clock).plusDays(Agreements.SOON_DAYS)));
		return "agreements/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		AgreementView agreement = this.agreements.get(id, Actors.current());
		if (!agreement.editable()) {
			throw Actors.current().isSignedIn() ? new org.ortak.shared.Forbidden() : new org.ortak.shared.NotFound();
		}
		return form(model, AgreementForm.of(agreement), agreement);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("agreement") AgreementForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> onRows(form, () -> this.agreements.update(id, form.draft(), form.version(), Actors.current())))) {
			return form(model, form, this.agreements.get(id, Actors.current()));
		}
		redirect.addFlashAttribute("flash", "agreements.flash.saved");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/obligations")
	String addObligation(@PathVariable UUID id, @ModelAttribute("obligation") ObligationForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.agreements.addObligation(id, form.draft(), Actors.current()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("flash", "agreements.flash.obligationAdded");
		return "redirect:/agreements/" + id + "#obligations";
	}

	@PostMapping("/{id}/obligations/{obligationId}/mark")
	String markObligation(@PathVariable UUID id, @PathVariable UUID obligationId, @RequestParam ObligationStatus status,
			RedirectAttributes redirect) {
		this.agreements.markObligation(id, obligationId, status, null, null, Actors.current());
		redirect.addFlashAttribute("flash", "agreements.flash.obligationMarked");
		return "redirect:/agreements/" + id + "#obligations";
	}

	@PostMapping("/{id}/obligations/{obligationId}/delete")
	String deleteObligation(@PathVariable UUID id, @PathVariable UUID obligationId, RedirectAttributes redirect) {
		this.agreements.deleteObligation(id, obligationId, Actors.current());
		redirect.addFlashAttribute("flash", "agreements.flash.obligationDeleted");
		return "redirect:/agreements/" + id + "#obligations";
	}

	@PostMapping("/{id}/documents")
	String upload(@PathVariable UUID id, @ModelAttribute("document") DocumentForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		// who may not upload is told so before the upload is read
		this.documents.requireMayUpload(id, Actors.current());
		if (!FormErrors.attempt(form, result, model, response, () -> this.documents.upload(id, form.title(),
				content(form.file(), this.documents.maxFileSize()), Actors.current()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("flash", "agreements.flash.documentAdded");
		return "redirect:/agreements/" + id + "#documents";
	}

	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		return serve(this.documents.file(id, documentId, Actors.current()));
	}

	@PostMapping("/{id}/documents/{documentId}/delete")
	String deleteDocument(@PathVariable UUID id, @PathVariable UUID documentId, RedirectAttributes redirect) {
		this.documents.delete(id, documentId, Actors.current());
		redirect.addFlashAttribute("flash", "agreements.flash.documentDeleted");
		return "redirect:/agreements/" + id + "#documents";
	}

	/** An organization's agreements, for its page (htmx loads it). */
	@GetMapping("/of/{organizationId}")
	String ofOrganization(@PathVariable UUID organizationId, Model model) {
		model.addAttribute("agreements",
				this.agreements
					.search(new Agreements.Query(null, null, null, organizationId, null, null), 0, 50, Actors.current())
					.items());
		return "agreements/fragments :: list";
	}

	/** A network's agreements, for its page (htmx loads it). */
	@GetMapping("/of-network/{networkId}")
	String ofNetwork(@PathVariable UUID networkId, Model model) {
		model.addAttribute("agreements",
				this.agreements
					.search(new Agreements.Query(null, null, null, null, networkId, null), 0, 50, Actors.current())
					.items());
		return "agreements/fragments :: list";
	}

	/** A PDF as a download under its own type, never kept by a shared cache. */
	static ResponseEntity<InputStreamResource> serve(AgreementDocuments.DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "private, no-store")
			.header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(new InputStreamResource(file.content()));
	}

	/**
	 * The upload's bytes, refused when missing or over the limit before they are read.
	 */
	static byte[] content(MultipartFile file, long maxFileSize) {
		return Uploads.required(file, maxFileSize, "file", "document");
	}

	private static <T> T onRows(AgreementForm form, java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (InvalidInput ex) {
			throw form.onRows(ex);
		}
	}

	private String form(Model model, AgreementForm form, AgreementView existing) {
		model.addAttribute("agreement", form);
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("visibilities", AgreementVisibility.values());
		model.addAttribute("languages", Language.values());
		List<UUID> orgs = new ArrayList<>();
		form.parties().forEach((row) -> {
			if (row.organizationId() != null) {
				orgs.add(row.organizationId());
			}
		});
		// keyed by text: the form's fields come back as their text
		Map<String, String> organizationNames = new HashMap<>();
		this.organizations.names(orgs).forEach((id, name) -> organizationNames.put(id.toString(), name));
		model.addAttribute("organizationNames", organizationNames);
		Map<String, String> networkNames = new HashMap<>();
		if (form.networkId() != null) {
			this.networks.names(List.of(form.networkId())).forEach((id, name) -> networkNames.put(id.toString(), name));
		}
		model.addAttribute("networkNames", networkNames);
		model.addAttribute("staff", this.staff.coordinators());
		return "agreements/form";
	}

}
