package org.ortak.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * The region hierarchy's pages: everyone signed in reads it, admins keep it.
 */
@Controller
@RequestMapping("/regions")
class RegionController {

	private static final String FORM = "regions/form";

	private static final int CHOICES = 30;

	private final Regions regions;

	RegionController(Regions regions) {
		this.regions = regions;
	}

	/**
	 * The countries and what lies right inside them, and, when asked, the regions inside
	 * one more: a country of thousands of municipalities opens a level at a time.
	 */
	@GetMapping
	String list(@RequestParam(required = false) UUID open, Model model) {
		List<RegionView> shown = new ArrayList<>(this.regions.shortList(open));
		if (open != null && this.regions.find(open).isPresent()) {
			List<RegionView> inside = this.regions.childrenOf(open);
			int at = indexOf(shown, open);
			shown.removeAll(inside);
			shown.addAll(at + 1, inside);
		}
		return rows(model, shown, "regions/list");
	}

	/** The regions right inside one, as rows of the tree; htmx opens a region so. */
	@GetMapping("/{id}/inside")
	String inside(@PathVariable UUID id, Model model) {
		this.regions.get(id);
		return rows(model, this.regions.childrenOf(id), "regions/list :: rows");
	}

	private String rows(Model model, List<RegionView> shown, String view) {
		model.addAttribute("regions", shown);
		Set<UUID> listed = shown.stream().map(RegionView::id).collect(Collectors.toSet());
		Map<UUID, Long> inside = this.regions.childCounts(listed);
		// a region whose children are listed already needs no button to open it
		shown.forEach((region) -> {
			if (region.parentId() != null && listed.contains(region.parentId())) {
				inside.put(region.parentId(), 0L);
			}
		});
		model.addAttribute("inside", inside);
		return view;
	}

	private static int indexOf(List<RegionView> shown, UUID id) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).id().equals(id)) {
				return i;
			}
		}
		return shown.size() - 1;
	}

	/**
	 * A region as a picker lists it: the label in the reader's language, every name to
	 * match.
	 */
	record RegionChoice(UUID id, String label, String names) {
	}

	/** What a region picker finds as someone types (Tom Select's remote search). */
	@GetMapping(path = "/choices", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<RegionChoice> choices(@RequestParam(defaultValue = "") String q, Locale locale) {
		return this.regions.search(q, CHOICES)
			.stream()
			.map((region) -> new RegionChoice(region.id(), region.label(locale), region.placeNames()))
			.toList();
	}

	@GetMapping("/new")
	String initCreate(@RequestParam(required = false) UUID parent, Model model) {
		return form(model, RegionForm.under(parent), null);
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("region") RegionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.regions.create(form.draft(), Actors.current()))) {
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "regions.flash.created");
		return "redirect:/regions";
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		RegionView region = this.regions.get(id);
		return form(model, RegionForm.of(region), region);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("region") RegionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RegionView existing = this.regions.get(id);
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.regions.update(id, form.draft(), form.version(), Actors.current()))) {
			return form(model, form, existing);
		}
		redirect.addFlashAttribute("flash", "regions.flash.updated");
		return "redirect:/regions";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.regions.delete(id, Actors.current());
		redirect.addFlashAttribute("flash", "regions.flash.deleted");
		return "redirect:/regions";
	}

	private String form(Model model, RegionForm form, RegionView existing) {
		model.addAttribute("region", form);
		model.addAttribute("existing", existing);
		model.addAttribute("parents",
				this.regions.tree()
					.stream()
					.filter((candidate) -> candidate.depth() < Regions.MAX_DEPTH)
					.filter((candidate) -> existing == null || !candidate.path().startsWith(existing.path()))
					.toList());
		model.addAttribute("levels", this.regions.levelChoices(form.parentId()));
		return FORM;
	}

}
