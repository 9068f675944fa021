package org.ortak.events;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.util.UriComponentsBuilder;

import org.ortak.accounts.Staff;
import org.ortak.events.photos.Photos;
import org.ortak.organizations.Organizations;
import org.ortak.regions.Regions;
import org.ortak.shared.ResultPage;
import org.ortak.shared.i18n.Language;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Actors;
import org.ortak.shared.web.FormErrors;
import org.ortak.shared.web.FormStamps;

/**
 * The events' pages: the public calendar with its filters, an event's page with its
 * registration form, and the plan's form (new, edit, next edition).
 */
@Controller
@RequestMapping("/events")
class EventController {

	private static final String FORM = "events/form";

	/** The zones the form offers first: the stories' and Ortak's own. */
	private static final List<String> ZONES = List.of("Europe/Istanbul", "Asia/Baku", "Asia/Tehran", "Europe/Warsaw",
			"UTC");

	private final Events events;

	private final Organizations organizations;

	private final Regions regions;

	private final Staff staff;

	private final FormStamps stamps;

	private final Agenda agenda;

	private final Adoptions adoptions;

	private final Photos photos;

	EventController(Events events, Organizations organizations, Regions regions, Staff staff, FormStamps stamps,
			Agenda agenda, Photos photos, Adoptions adoptions) {
		this.adoptions = adoptions;
		this.agenda = agenda;
		this.photos = photos;
		this.events = events;
		this.organizations = organizations;
		this.regions = regions;
		this.staff = staff;
		this.stamps = stamps;
	}

	/** The calendar's filters, as the address carries them. */
	record EventSearchForm(String q, EventKind kind, UUID region, UUID series, UUID organizer, LocalDate from,
			LocalDate to, Boolean past, Integer page) {

		EventQuery query(LocalDate today) {
			boolean isPast = Boolean.TRUE.equals(this.past);
			// upcoming: what has not ended; past: what has begun, latest first
			LocalDate from = (this.from == null && !isPast && this.to == null) ? today : this.from;
			LocalDate to = (this.to == null && isPast && this.from == null) ? today.minusDays(1) : this.to;
			return new EventQuery(this.q, this.kind, this.region, this.series, this.organizer, from, to, isPast,
					(this.page != null) ? Math.max(0, this.page) : 0, EventQuery.DEFAULT_SIZE);
		}

		/** The same filters at another page (or tab), as a query string. */
		public String atPage(int page) {
			return at(page, Boolean.TRUE.equals(this.past));
		}

		public String tab(boolean past) {
			return at(0, past);
		}

		/** The filters alone, for the calendar feed's address. */
		public String filters() {
			return UriComponentsBuilder.newInstance()
				.queryParamIfPresent("q", Optional.ofNullable(this.q).filter((text) -> !text.isBlank()))
				.queryParamIfPresent("kind", Optional.ofNullable(this.kind))
				.queryParamIfPresent("region", Optional.ofNullable(this.region))
				.queryParamIfPresent("series", Optional.ofNullable(this.series))
				.queryParamIfPresent("organizer", Optional.ofNullable(this.organizer))
				.queryParamIfPresent("from", Optional.ofNullable(this.from))
				.queryParamIfPresent("to", Optional.ofNullable(this.to))
				.encode()
				.build()
				.toUriString();
		}

		private String at(int page, boolean past) {
			return UriComponentsBuilder.fromUriString(filters())
				.queryParamIfPresent("past", Optional.of(past).filter(Boolean::booleanValue))
				.queryParamIfPresent("page", Optional.of(page).filter((n) -> n > 0))
				.build()
				.toUriString();
		}

		public boolean filtered() {
			return this.kind != null || this.region != null || this.series != null || this.organizer != null
					|| this.from != null || this.to != null;
		}

	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("formats", EventFormat.values());
	}

	@GetMapping
	String list(@ModelAttribute("query") EventSearchForm search, BindingResult result, Model model,
			HttpServletResponse response) {
		model.addAttribute("regionChoices", this.regions.shortList(search.region()));
		model.addAttribute("seriesChoices", this.events.seriesList(Actors.current()));
		model.addAttribute("mayPlan", EventPolicy.mayPlanAny(Actors.current()));
		model.addAttribute("organizerName", (search.organizer() != null)
				? this.organizations.names(List.of(search.organizer())).get(search.organizer()) : null);
		results(search, result, model, response);
		return "events/list";
	}

	/**
	 * The month calendar of the reader's calendar (Solar Hijri months for Persian
	 * readers) with the list's filters; {@code month} names the month in that calendar.
	 */
	@GetMapping(params = "view=month")
	String month(@ModelAttribute("query") EventSearchForm search, BindingResult result,
			@RequestParam(required = false) String month, Model model, HttpServletResponse response) {
		LocalDate today = this.events.today(this.events.defaultZone());
		MonthCalendar calendar = MonthCalendar.of(month, today, LocaleContextHolder.getLocale());
		List<EventSummary> found = List.of();
		long total = 0;
		if (!result.hasErrors()) {
			ResultPage<EventSummary> page = this.events
				.search(new EventQuery(search.q(), search.kind(), search.region(), search.series(), search.organizer(),
						calendar.first(), calendar.last(), false, 0, EventQuery.MAX_SIZE), Actors.current());
			found = page.items();
			total = page.totalElements();
		}
		model.addAttribute("monthTitle", calendar.title());
		model.addAttribute("previousMonth", calendar.previous());
		model.addAttribute("nextMonth", calendar.next());
		model.addAttribute("weekdays", calendar.weekdays());
		model.addAttribute("weeks", calendar.weeks(found, today));
		model.addAttribute("shownOfTotal", (total > found.size()) ? List.of(found.size(), total) : null);
		model.addAttribute("regionChoices", this.regions.shortList(search.region()));
		model.addAttribute("seriesChoices", this.events.seriesList(Actors.current()));
		return "events/month";
	}

	@HxRequest(boosted = false)
	@GetMapping
	String listResults(@ModelAttribute("query") EventSearchForm search, BindingResult result, Model model,
			HttpServletResponse response) {
		results(search, result, model, response);
		return "events/list :: results";
	}

	private void results(EventSearchForm search, BindingResult result, Model model, HttpServletResponse response) {
		if (!FormErrors.attempt(search, result, model, response, () -> model.addAttribute("results",
				this.events.search(search.query(this.events.today(this.events.defaultZone())), Actors.current())))) {
			model.addAttribute("results", new ResultPage<>(List.of(), 0, EventQuery.DEFAULT_SIZE, 0));
		}
	}

	/** The public events an organization took part in, for its pages (htmx loads it). */
	@GetMapping("/of/{organizationId}")
	String ofOrganization(@PathVariable UUID organizationId, Model model) {
		model.addAttribute("taken", this.events.ofOrganization(organizationId, 20));
		return "events/fragments :: ofOrganization";
	}

	/** An event as a picker lists it (the event another prepares). */
	record EventChoice(UUID id, String label, String names) {
	}

	@GetMapping(path = "/choices", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<EventChoice> eventChoices(@RequestParam(defaultValue = "") String q) {
		return this.events
			.search(new EventQuery(q.isBlank() ? null : q, null, null, null, null, null, null, true, 0, 20),
					Actors.current())
			.items()
			.stream()
			.map((event) -> new EventChoice(event.id(), event.title() + " · " + event.startsOn(), ""))
			.toList();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		EventDetails event = this.events.get(id, Actors.current());
		model.addAttribute("event", event);
		AgendaView programme = this.agenda.get(id, Actors.current());
		model.addAttribute("agenda", programme);
		// what the reader may see of the gallery: the published, or every photo for
		// keepers
		model.addAttribute("photos", this.photos.gallery(id, Actors.current()));
		// what became of each recommendation, by its topic and place while its words are
		// those adopted; by its topic alone once they changed
		java.util.Map<String, List<AdoptionView>> adopted = new java.util.HashMap<>();
		java.util.Map<UUID, List<String>> words = new java.util.HashMap<>();
		programme.topics().forEach((t) -> words.put(t.id(), t.recommendations()));
		this.adoptions.ofEvent(id, Actors.current()).forEach((a) -> {
			List<String> now = words.getOrDefault(a.topicId(), List.of());
			boolean same = a.position() < now.size() && now.get(a.position()).equals(a.recommendation());
			adopted
				.computeIfAbsent(a.topicId() + (same ? ":" + a.position() : ":changed"),
						(k) -> new java.util.ArrayList<>())
				.add(a);
		});
		model.addAttribute("adoptions", adopted);
		model.addAttribute("mayAdopt", Actors.current().isAdmin() || Actors.current().coordinatorName() != null);
		model.addAttribute("hasOutcomes",
				programme.topics()
					.stream()
					.anyMatch((topic) -> topic.findings() != null || !topic.recommendations().isEmpty()));
		if (!model.containsAttribute("registration")) {
			model.addAttribute("registration", RegistrationForm.empty());
		}
		// when the form was shown, signed; anew each time it is shown
		model.addAttribute("stamp", this.stamps.issue());
		model.addAttribute("needs", Need.values());
		model.addAttribute("genders", org.ortak.people.Gender.values());
		return "events/show";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		this.events.requireMayPlan(Actors.current());
		return form(model, EventForm.empty(this.events.defaultZone().getId()), null, false);
	}

	@PostMapping("/new")
	String processCreate(@ModelAttribute("event") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = Actors.current();
		this.events.requireMayPlan(actor);
		UUID[] created = new UUID[1];
		if (!FormErrors.attempt(form, result, model, response, () -> this.events.check(form.draft()),
				() -> created[0] = this.events.create(form.draft(), actor).id())) {
			return form(model, form, null, false);
		}
		redirect.addFlashAttribute("flash", "events.flash.created");
		return "redirect:/events/" + created[0];
	}

	/** The form of the next edition of the event's series (or of a copy), to be dated. */
	@GetMapping("/{id}/next")
	String initNext(@PathVariable UUID id, Model model) {
		return form(model, EventForm.of(this.events.nextEdition(id, Actors.current()), null), null, true);
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		Actor actor = Actors.current();
		EventDetails existing = this.events.get(id, actor);
		return form(model, EventForm.of(this.events.draftOf(id, actor), existing.version()), existing, false);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @ModelAttribute("event") EventForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = Actors.current();
		EventDetails existing = this.events.get(id, actor);
		if (!FormErrors.attempt(form, result, model, response, () -> this.events.check(form.draft()),
				() -> this.events.update(id, form.draft(), form.version(), actor))) {
			return form(model, form, existing, false);
		}
		redirect.addFlashAttribute("flash", "events.flash.updated");
		return "redirect:/events/" + id;
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.events.cancel(id, version, Actors.current());
		redirect.addFlashAttribute("flash", "events.flash.cancelled");
		return "redirect:/events/" + id;
	}

	private String form(Model model, EventForm form, EventDetails existing, boolean nextEdition) {
		model.addAttribute("event", form);
		model.addAttribute("existing", existing);
		model.addAttribute("nextEdition", nextEdition);
		// an event's first title is the one it was written in: the languages it has come
		// first, in their order, then the writer's own, then the rest
		model.addAttribute("languages", Language.writingOrder(form.titles().keySet(), LocaleContextHolder.getLocale()));
		model.addAttribute("regionChoices", this.regions.shortList(form.regionId()));
		model.addAttribute("seriesChoices", this.events.seriesList(Actors.current()));
		model.addAttribute("organizationNames", this.organizations.names(form.organizationIds()));
		model.addAttribute("venueChoice", (form.venueId() != null) ? safeVenue(form.venueId()) : null);
		model.addAttribute("preparesChoice", (form.preparesId() != null) ? safeEvent(form.preparesId()) : null);
		Set<String> coordinators = new LinkedHashSet<>(this.staff.coordinators());
		coordinators.addAll(form.coordinators());
		model.addAttribute("coordinatorChoices", coordinators);
		List<String> zones = new ArrayList<>(ZONES);
		String own = this.events.defaultZone().getId();
		if (!zones.contains(own)) {
			zones.add(0, own);
		}
		if (form.timeZone() != null && !zones.contains(form.timeZone())
				&& ZoneId.getAvailableZoneIds().contains(form.timeZone())) {
			zones.add(form.timeZone());
		}
		model.addAttribute("zones", zones);
		return FORM;
	}

	private VenueView safeVenue(UUID id) {
		try {
			return this.events.venue(id);
		}
		catch (org.ortak.shared.NotFound ex) {
			return null;
		}
	}

	private EventDetails safeEvent(UUID id) {
		try {
			return this.events.get(id, Actors.current());
		}
		catch (org.ortak.shared.NotFound ex) {
			return null;
		}
	}

}
