package org.ortak.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ortak.organizations.Organizations;
import org.ortak.people.People;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;

/**
 * The agenda's and the outcomes' forms, the event's action items and the follow-up board.
 */
@Controller
class AgendaController {

	/** Where a move on the board may return: the board, or an event's action items. */
	private static final java.util.regex.Pattern BACK = java.util.regex.Pattern
		.compile("/follow-up|/events/[0-9a-f-]{36}/actions");

	private final Events events;

	private final Agenda agenda;

	private final ActionItems actions;

	private final People people;

	private final Organizations organizations;

	AgendaController(Events events, Agenda agenda, ActionItems actions, People people, Organizations organizations) {
		this.events = events;
		this.agenda = agenda;
		this.actions = actions;
		this.people = people;
		this.organizations = organizations;
	}

	@GetMapping("/events/{id}/agenda")
	String initAgenda(@PathVariable UUID id, Model model) {
		EventDetails event = keeper(id);
		return agendaForm(model, event, AgendaForm.of(this.agenda.get(id, Actors.current())));
	}

	@PostMapping("/events/{id}/agenda")
	String processAgenda(@PathVariable UUID id, @ModelAttribute("agenda") AgendaForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		EventDetails event = keeper(id);
		LocalDate firstDay = event.start().toLocalDate();
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.agenda.save(id, form.draft(firstDay), form.version(), Actors.current()))) {
			return agendaForm(model, event, form);
		}
		redirect.addFlashAttribute("flash", "events.flash.agendaSaved");
		return "redirect:/events/" + id + "#programme";
	}

	private String agendaForm(Model model, EventDetails event, AgendaForm form) {
		model.addAttribute("event", event);
		model.addAttribute("agenda", form);
		model.addAttribute("savedTopics", this.agenda.get(event.id(), Actors.current()).topics());
		List<UUID> personIds = form.personIds();
		var cards = this.people.cards(personIds, event.start().toLocalDate());
		java.util.Map<UUID, String> personNames = new java.util.HashMap<>();
		cards.forEach((personId, card) -> personNames.put(personId, card.name()));
		model.addAttribute("personNames", personNames);
		model.addAttribute("organizationNames", this.organizations.names(form.organizationIds()));
		return "events/agenda";
	}

	/** The outcomes' form: a row per topic, recommendations one per line. */
	record OutcomesForm(List<OutcomeRow> outcomes, Long version) {

		record OutcomeRow(UUID topic, String title, String findings, String recommendations) {
		}

		OutcomesForm {
			outcomes = (outcomes != null) ? outcomes : List.of();
		}

		List<Agenda.Outcome> drafts() {
			return this.outcomes.stream()
				.map((row) -> new Agenda.Outcome(row.topic(), row.findings(),
						(row.recommendations() != null) ? Arrays.asList(row.recommendations().split("\\R"))
								: List.of()))
				.toList();
		}

	}

	@GetMapping("/events/{id}/outcomes")
	String initOutcomes(@PathVariable UUID id, Model model) {
		EventDetails event = keeper(id);
		AgendaView agenda = this.agenda.get(id, Actors.current());
		List<OutcomesForm.OutcomeRow> rows = new ArrayList<>();
		agenda.topics()
			.forEach((topic) -> rows.add(new OutcomesForm.OutcomeRow(topic.id(), topic.title(), topic.findings(),
					String.join("\n", topic.recommendations()))));
		model.addAttribute("event", event);
		model.addAttribute("outcomes", new OutcomesForm(rows, agenda.version()));
		return "events/outcomes";
	}

	@PostMapping("/events/{id}/outcomes")
	String processOutcomes(@PathVariable UUID id, @ModelAttribute("outcomes") OutcomesForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		EventDetails event = keeper(id);
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.agenda.recordOutcomes(id, form.drafts(), form.version(), Actors.current()))) {
			model.addAttribute("event", event);
			return "events/outcomes";
		}
		redirect.addFlashAttribute("flash", "events.flash.outcomesSaved");
		return "redirect:/events/" + id + "#outcomes";
	}

	/** An action item as the event page's form binds it. */
	record ActionForm(String title, UUID topicId, UUID ownerPersonId, UUID ownerOrganizationId, LocalDate dueOn,
			String note) {

		ActionDraft draft() {
			return new ActionDraft(this.title, this.topicId, this.ownerPersonId, this.ownerOrganizationId, this.dueOn,
					ActionStatus.OPEN, this.note);
		}

	}

	@GetMapping("/events/{id}/actions")
	String eventActions(@PathVariable UUID id, Model model) {
		EventDetails event = keeper(id);
		return actionsPage(model, event, new ActionForm(null, null, null, null, null, null));
	}

	@PostMapping("/events/{id}/actions")
	String addAction(@PathVariable UUID id, @ModelAttribute("action") ActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		EventDetails event = keeper(id);
		if (!FormErrors.attempt(form, result, model, response,
				() -> this.actions.create(id, form.draft(), Actors.current()))) {
			return actionsPage(model, event, form);
		}
		redirect.addFlashAttribute("flash", "events.flash.actionAdded");
		return "redirect:/events/" + id + "/actions";
	}

	private String actionsPage(Model model, EventDetails event, ActionForm form) {
		model.addAttribute("event", event);
		model.addAttribute("action", form);
		model.addAttribute("items", this.actions.ofEvent(event.id(), Actors.current()));
		model.addAttribute("topics", this.agenda.get(event.id(), Actors.current()).topics());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("ownerPersonName", (form.ownerPersonId() != null)
				? this.people.cards(List.of(form.ownerPersonId()), null).get(form.ownerPersonId()) : null);
		model.addAttribute("ownerOrganizationName", (form.ownerOrganizationId() != null)
				? this.organizations.names(List.of(form.ownerOrganizationId())).get(form.ownerOrganizationId()) : null);
		return "events/actions";
	}

	@PostMapping("/actions/{id}/status")
	String move(@PathVariable UUID id, @RequestParam(required = false) ActionStatus status,
			@RequestParam(required = false) Long version, @RequestParam(defaultValue = "/follow-up") String back,
			RedirectAttributes redirect) {
		this.actions.move(id, status, version, Actors.current());
		redirect.addFlashAttribute("flash", "events.flash.actionMoved");
		// back to the board or the event's list, never elsewhere
		return "redirect:" + (BACK.matcher(back).matches() ? back : "/follow-up");
	}

	@GetMapping("/follow-up")
	String board(@RequestParam(required = false) Set<ActionStatus> status, @RequestParam(required = false) UUID event,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Set<ActionStatus> shown = (status == null || status.isEmpty())
				? Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS) : status;
		model.addAttribute("results", this.actions.board(shown, event, null, Math.max(0, page), 50, Actors.current()));
		model.addAttribute("shown", shown);
		model.addAttribute("statuses", ActionStatus.values());
		return "events/follow-up";
	}

	private EventDetails keeper(UUID id) {
		Actor actor = Actors.current();
		EventDetails event = this.events.get(id, actor);
		if (!event.permissions().edit()) {
			throw new org.ortak.shared.Forbidden();
		}
		return event;
	}

}
