package org.ortak.people;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * People's pages for admins and coordinators: find, add and edit a person; their
 * consents; their data exported or erased on request.
 */
@Controller
@RequestMapping("/people")
class PersonController {

	private final People people;

	private final Organizations organizations;

	PersonController(People people, Organizations organizations) {
		this.people = people;
		this.organizations = organizations;
	}

	/** A person as a picker lists them, with where they work. */
	record PersonChoice(UUID id, String label, String names) {
	}

	@GetMapping(path = "/choices", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<PersonChoice> choices(@RequestParam(defaultValue = "") String q) {
		return this.people.search(q, 0, 20, Actors.current())
			.items()
			.stream()
			.map((person) -> new PersonChoice(person.id(), label(person), ""))
			.toList();
	}

	private static String label(PersonView person) {
		AffiliationDraft last = person.affiliations().isEmpty() ? null
				: person.affiliations().get(person.affiliations().size() - 1);
		if (last == null) {
			return person.name();
		}
		String where = (last.organizationName() != null) ? last.organizationName() : "";
		String what = (last.function() != null) ? last.function() : "";
		String both = (what + ", " + where).replaceAll("^, |, $", "");
		return both.isBlank() ? person.name() : person.name() + " · " + both;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", this.people.search(q, Math.max(0, page), 50, Actors.current()));
		return "people/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		PersonView person = this.people.get(id, Actors.current());
		model.addAttribute("person", person);
		model.addAttribute("organizationNames",
				this.organizations.names(person.affiliations()
					.stream()
					.map(AffiliationDraft::organizationId)
					.filter((organization) -> organization != null)
					.toList()));
		model.addAttribute("purposes", ConsentPurpose.values());
		return "people/show";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		if (!People.mayRead(Actors.current())) {
			throw new org.ortak.shared.Forbidden();
		}
		return form(model, PersonForm.empty(), null);
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("person") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		UUID[] created = new UUID[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.people.create(form.draft(), Actors.current()).id())) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "people.flash.created");
		return "redirect:/people/" + created[0];
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		PersonView person = this.people.get(id, Actors.current());
		return form(model, PersonForm.of(person), person);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("person") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PersonView existing = this.people.get(id, Actors.current());
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.people.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, existing);
		}
		redirect.addFlashAttribute("flash", "people.flash.updated");
		return "redirect:/people/" + id;
	}

	@PostMapping("/{id}/consents")
	String consent(@PathVariable UUID id, @RequestParam(required = false) ConsentPurpose purpose,
			@RequestParam(required = false) String detail, RedirectAttributes redirect) {
		this.people.recordConsent(id, purpose, detail, Actors.current());
		redirect.addFlashAttribute("flash", "people.flash.consentRecorded");
		return "redirect:/people/" + id;
	}

	@PostMapping("/{id}/consents/{purpose}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable ConsentPurpose purpose, RedirectAttributes redirect) {
		this.people.withdrawConsent(id, purpose, Actors.current());
		redirect.addFlashAttribute("flash", "people.flash.consentWithdrawn");
		return "redirect:/people/" + id;
	}

	/** Everything held of the person, as a JSON file to hand them. */
	@GetMapping("/{id}/export.json")
	@ResponseBody
	ResponseEntity<Map<String, Object>> export(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"person-" + id + ".json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.people.export(id, Actors.current()));
	}

	@PostMapping("/{id}/erase")
	String erase(@PathVariable UUID id, RedirectAttributes redirect) {
		this.people.erase(id, Actors.current());
		redirect.addFlashAttribute("flash", "people.flash.erased");
		return "redirect:/people/" + id;
	}

	private String form(Model model, PersonForm form, PersonView existing) {
		model.addAttribute("person", form);
		model.addAttribute("existing", existing);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("organizationNames", this.organizations.names(form.organizationIds()));
		return "people/form";
	}

}
