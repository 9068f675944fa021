package org.ortak.organizations;

import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.regions.Regions;
import org.ortak.shared.ResultPage;
import org.ortak.shared.web.FormErrors;

/**
 * The public directory's pages: anyone searches the listed organizations and reads each
 * one's public profile.
 */
@Controller
@RequestMapping("/directory")
class PublicDirectoryController {

	private final PublicDirectory directory;

	private final Corrections corrections;

	private final Regions regions;

	private final String correctionsTo;

	private final String licence;

	private final String licenceUrl;

	PublicDirectoryController(PublicDirectory directory, Corrections corrections, Regions regions,
			@Value("${ortak.corrections-to}") String correctionsTo, @Value("${ortak.open-data.licence}") String licence,
			@Value("${ortak.open-data.licence-url}") String licenceUrl) {
		this.directory = directory;
		this.corrections = corrections;
		this.regions = regions;
		this.correctionsTo = correctionsTo;
		this.licence = licence;
		this.licenceUrl = licenceUrl;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("statuses", OrganizationStatus.values());
		model.addAttribute("sectorChoices", Sector.values());
		model.addAttribute("base", "/directory");
		model.addAttribute("directory", true);
		model.addAttribute("licence", this.licence);
		model.addAttribute("licenceUrl", this.licenceUrl);
	}

	@GetMapping
	String list(@ModelAttribute("query") OrganizationSearchForm search, BindingResult result, Model model,
			HttpServletResponse response) {
		model.addAttribute("regionChoices", this.regions.shortList(search.region()));
		model.addAttribute("sorts", OrganizationSearch.SORTS);
		model.addAttribute("sizes", OrganizationSearchForm.SIZES);
		results(search, result, model, response);
		return "organizations/directory";
	}

	/** The same search answering htmx with the results alone. */
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
				() -> model.addAttribute("results", this.directory.search(search.query())))) {
			model.addAttribute("results", new ResultPage<>(List.of(), 0, OrganizationQuery.DEFAULT_SIZE, 0));
		}
	}

	/** A suggestion form's fields; {@code homepage} is a trap only robots fill. */
	record Suggestion(String message, String contact, String homepage) {
	}

	/**
	 * Anyone suggests a correction; it waits for a coordinator's review. Robots that fill
	 * the hidden field are thanked and ignored.
	 */
	@PostMapping("/{id}/corrections")
	String suggest(@PathVariable UUID id, @ModelAttribute("suggestion") Suggestion suggestion, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (suggestion.homepage() != null && !suggestion.homepage().isBlank()) {
			redirect.addFlashAttribute("flash", "directory.flash.suggested");
			return "redirect:/directory/" + id;
		}
		if (!FormErrors.attempt(suggestion, result, model, response,
				() -> this.corrections.suggest(id, suggestion.message(), suggestion.contact()))) {
			return profile(id, model);
		}
		redirect.addFlashAttribute("flash", "directory.flash.suggested");
		return "redirect:/directory/" + id;
	}

	@GetMapping("/{id}")
	String profile(@PathVariable UUID id, Model model) {
		if (!model.containsAttribute("suggestion")) {
			model.addAttribute("suggestion", new Suggestion(null, null, null));
		}
		PublicOrganization organization = this.directory.get(id);
		model.addAttribute("organization", organization);
		model.addAttribute("correctionsTo", this.correctionsTo);
		model.addAttribute("jsonLd", JsonLd.of(organization));
		return "organizations/profile";
	}

}
