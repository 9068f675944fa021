package org.ortak.events;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * A series' page with its editions in order and who hosted each, and the form to start
 * one.
 */
@Controller
@RequestMapping("/series")
class SeriesController {

	private final Events events;

	SeriesController(Events events) {
		this.events = events;
	}

	/** A series as its form binds it. */
	record SeriesForm(String name, String description) {
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("series", this.events.series(id, Actors.current()));
		model.addAttribute("mayPlan", EventPolicy.mayPlanAny(Actors.current()));
		return "events/series";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		this.events.requireMayPlan(Actors.current());
		model.addAttribute("seriesForm", new SeriesForm(null, null));
		return "events/series-form";
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("seriesForm") SeriesForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		UUID[] created = new UUID[1];
		if (!FormErrors.attempt(form, result, model, response,
				() -> created[0] = this.events.createSeries(form.name(), form.description(), Actors.current()).id())) {
			return "events/series-form";
		}
		redirect.addFlashAttribute("flash", "events.flash.seriesCreated");
		return "redirect:/series/" + created[0];
	}

}
