package org.ortak.projects;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.events.Agenda;
import org.ortak.events.AgendaView;
import org.ortak.events.EventDetails;
import org.ortak.events.Events;
import org.ortak.plans.Plans;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * Adopting a recommendation of an event into an item of a plan or a project the writer
 * keeps, from the event's page: the recommendation shown, what takes it up chosen, and
 * whether it becomes an action item of the event. Here because projects know plans.
 */
@Controller
@RequestMapping("/adoptions")
class AdoptionController {

	private final Plans plans;

	private final Projects projects;

	private final Events events;

	private final Agenda agenda;

	AdoptionController(Plans plans, Projects projects, Events events, Agenda agenda) {
		this.plans = plans;
		this.projects = projects;
		this.events = events;
		this.agenda = agenda;
	}

	/**
	 * What the form binds to: the recommendation (event, topic, place), what takes it up
	 * ({@code PLAN_ITEM:plan:item} or {@code PROJECT:project}), and whether it becomes an
	 * action item.
	 */
	record AdoptionForm(UUID event, UUID topic, Integer position, String into, Boolean withAction) {
	}

	@GetMapping("/new")
	String form(@ModelAttribute("adoption") AdoptionForm form, Model model) {
		Actor actor = Actors.current();
		if (!actor.isAdmin() && actor.coordinatorName() == null) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		return show(model, form);
	}

	@PostMapping("/new")
	String adopt(@ModelAttribute("adoption") AdoptionForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!FormErrors.attempt(form, result, model, response, () -> adopted(form))) {
			return show(model, form);
		}
		redirect.addFlashAttribute("flash", "adoptions.flash.adopted");
		return "redirect:/events/" + form.event() + "#outcomes";
	}

	private void adopted(AdoptionForm form) {
		String[] into = (form.into() != null) ? form.into().split(":") : new String[0];
		try {
			if (into.length == 3 && "PLAN_ITEM".equals(into[0])) {
				this.plans.adopt(UUID.fromString(into[1]), UUID.fromString(into[2]), form.event(), form.topic(),
						form.position(), Boolean.TRUE.equals(form.withAction()), Actors.current());
				return;
			}
			if (into.length == 2 && "PROJECT".equals(into[0])) {
				this.projects.adopt(UUID.fromString(into[1]), form.event(), form.topic(), form.position(),
						Boolean.TRUE.equals(form.withAction()), Actors.current());
				return;
			}
		}
		catch (IllegalArgumentException ex) {
			// not an id: named below like any other choice that is not on offer
		}
		throw InvalidInput.of("into", "validation.required");
	}

	private String show(Model model, AdoptionForm form) {
		Actor actor = Actors.current();
		if (form.event() == null) {
			throw new NotFound();
		}
		EventDetails event = this.events.get(form.event(), actor);
		AgendaView agenda = this.agenda.get(form.event(), actor);
		AgendaView.TopicView topic = agenda.topics()
			.stream()
			.filter((t) -> t.id().equals(form.topic()))
			.findFirst()
			.orElseThrow(NotFound::new);
		if (form.position() == null || form.position() < 0 || form.position() >= topic.recommendations().size()) {
			throw new NotFound();
		}
		model.addAttribute("adoption", form);
		model.addAttribute("event", event);
		model.addAttribute("topic", topic);
		model.addAttribute("recommendation", topic.recommendations().get(form.position()));
		model.addAttribute("planItems", this.plans.itemChoices(actor, 500, true));
		List<ProjectSummary> kept = this.projects.kept(actor);
		model.addAttribute("projects", kept);
		model.addAttribute("keepsEvent", this.events.keeps(form.event(), actor));
		return "adoptions/form";
	}

}
