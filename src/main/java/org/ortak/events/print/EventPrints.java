package org.ortak.events.print;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.NumberFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import org.ortak.events.ActionItems;
import org.ortak.events.ActionView;
import org.ortak.events.Agenda;
import org.ortak.events.AgendaView;
import org.ortak.events.Attendance;
import org.ortak.events.EventDetails;
import org.ortak.events.Events;
import org.ortak.events.OrganizationRole;
import org.ortak.events.OwnRegistration;
import org.ortak.events.RegistrationStatus;
import org.ortak.events.RegistrationView;
import org.ortak.events.Registrations;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.i18n.Dates;
import org.ortak.shared.pdf.PdfPages;
import org.ortak.shared.pdf.PdfPages.Style;
import org.ortak.shared.security.Actor;

/**
 * An event's printable documents in the reader's language: the programme (for whoever
 * reads the event), the attendance sheet with a column for signatures and the
 * certificates of attendance (for whoever sees its registrants), one's own certificate
 * (through the private link), and the event's report with programme, participation,
 * outcomes and actions (for whoever keeps the event). Each is read through the services
 * that decide who may see what.
 */
@Service
public class EventPrints {

	/** Empty rows at the end of the attendance sheet, for those who come unregistered. */
	private static final int WALK_IN_ROWS = 8;

	private final Events events;

	private final Agenda agenda;

	private final Registrations registrations;

	private final ActionItems actions;

	private final Dates dates;

	private final MessageSource messages;

	private final Clock clock;

	EventPrints(Events events, Agenda agenda, Registrations registrations, ActionItems actions, Dates dates,
			MessageSource messages, Clock clock) {
		this.events = events;
		this.agenda = agenda;
		this.registrations = registrations;
		this.actions = actions;
		this.dates = dates;
		this.messages = messages;
		this.clock = clock;
	}

	/** The programme: what, when, where, who organizes, the topics and the sessions. */
	public byte[] programme(UUID eventId, Actor actor, Locale locale) {
		EventDetails event = this.events.get(eventId, actor);
		AgendaView agenda = this.agenda.get(eventId, actor);
		return pdf(locale, event.title(), false, event.title(), (pages) -> {
			pages.text(message(locale, "events.agenda.title"), Style.HEADING);
			pages.text(event.title(), Style.TITLE);
			pages.facts(facts(event, locale));
			pages.text(event.description(), Style.BODY);
			programme(pages, agenda, locale);
		});
	}

	/**
	 * The attendance sheet: those with a place, in alphabetical order, a column for their
	 * signature, and empty rows for who comes unregistered.
	 */
	public byte[] attendanceSheet(UUID eventId, Actor actor, Locale locale) {
		EventDetails event = this.events.get(eventId, actor);
		Collator collator = Collator.getInstance(locale);
		List<RegistrationView> placed = this.registrations.all(eventId, actor)
			.stream()
			.filter((r) -> r.status() == RegistrationStatus.CONFIRMED)
			.sorted(Comparator.comparing((RegistrationView r) -> (r.name() != null) ? r.name() : "", collator))
			.toList();
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<List<String>> rows = new ArrayList<>();
		for (RegistrationView r : placed) {
			rows.add(List.of(numbers.format(rows.size() + 1L),
					(r.name() != null) ? r.name() : message(locale, "people.erased"), text(r.organizationName()),
					text(r.function()), ""));
		}
		for (int i = 0; i < WALK_IN_ROWS; i++) {
			rows.add(List.of(numbers.format(rows.size() + 1L), "", "", "", ""));
		}
		String title = message(locale, "print.attendanceSheet.title");
		return pdf(locale, title + " — " + event.title(), true, event.title(), (pages) -> {
			pages.text(title, Style.HEADING);
			pages.text(event.title(), Style.TITLE);
			pages.text(this.dates.span(event.startsAt(), event.endsAt(), event.timeZone()), Style.BODY);
			if (event.venue() != null) {
				pages.text(event.venue().name(), Style.BODY);
			}
			pages.table(new float[] { 0.6f, 4, 4, 3, 3.4f },
					List.of(message(locale, "print.column.number"), message(locale, "events.registrations.column.name"),
							message(locale, "events.registrations.column.organization"),
							message(locale, "events.registrations.column.function"),
							message(locale, "print.column.signature")),
					rows, 26);
		});
	}

	/** A certificate of attendance for each of those who came, a page each. */
	public byte[] certificates(UUID eventId, Actor actor, Locale locale) {
		EventDetails event = this.events.get(eventId, actor);
		Collator collator = Collator.getInstance(locale);
		List<String> names = this.registrations.all(eventId, actor)
			.stream()
			.filter((r) -> r.status() == RegistrationStatus.CONFIRMED && r.checkedInAt() != null)
			.map(RegistrationView::name)
			.filter((name) -> name != null && !name.isBlank())
			.sorted(collator)
			.toList();
		if (names.isEmpty()) {
			throw InvalidInput.of("certificates", "print.certificates.none");
		}
		return certificates(event, names, locale);
	}

	/** One's own certificate, through the private link, once checked in. */
	public byte[] certificate(String token, Locale locale) {
		OwnRegistration own = this.registrations.own(token);
		if (!own.attended() || own.name() == null) {
			throw new NotFound();
		}
		return certificates(own.event(), List.of(own.name()), locale);
	}

	/**
	 * The event's report: its facts, programme, participation figures, the findings and
	 * recommendations of each topic, and the action items.
	 */
	public byte[] report(UUID eventId, Actor actor, Locale locale) {
		EventDetails event = this.events.get(eventId, actor);
		Attendance attendance = this.registrations.attendance(eventId, actor);
		List<ActionView> actionItems = this.actions.ofEvent(eventId, actor);
		AgendaView agenda = this.agenda.get(eventId, actor);
		String title = message(locale, "print.report.title");
		return pdf(locale, title + " — " + event.title(), false, event.title(), (pages) -> {
			pages.text(title, Style.HEADING);
			pages.text(event.title(), Style.TITLE);
			pages.facts(facts(event, locale));
			pages.text(event.description(), Style.BODY);
			programme(pages, agenda, locale);
			participation(pages, event, attendance, locale);
			outcomes(pages, agenda, locale);
			actions(pages, actionItems, locale);
		});
	}

	private byte[] certificates(EventDetails event, List<String> names, Locale locale) {
		String title = message(locale, "print.certificate.title");
		String organizers = event.organizations()
			.stream()
			.filter((p) -> p.role() == OrganizationRole.ORGANIZER || p.role() == OrganizationRole.CO_ORGANIZER)
			.map(EventDetails.Participant::name)
			.collect(Collectors.joining(", "));
		String issued = message(locale, "print.certificate.issued",
				Dates.format(LocalDate.now(this.clock.withZone(ZoneId.of(event.timeZone()))), locale));
		return pdf(locale, title + " — " + event.title(), true, event.title(), (pages) -> {
			boolean first = true;
			for (String name : names) {
				if (!first) {
					pages.newPage();
				}
				first = false;
				pages.space(60);
				pages.centered(title, Style.TITLE);
				pages.space(30);
				pages.centered(message(locale, "print.certificate.certifies"), Style.LARGE);
				pages.space(12);
				pages.centered(name, Style.NAME);
				pages.space(12);
				pages.centered(message(locale, "print.certificate.tookPart"), Style.LARGE);
				pages.space(8);
				pages.centered(event.title(), Style.HEADING);
				pages.centered(this.dates.span(event.startsAt(), event.endsAt(), event.timeZone()), Style.BODY);
				if (event.venue() != null) {
					pages.centered(event.venue().name(), Style.BODY);
				}
				if (!organizers.isEmpty()) {
					pages.space(20);
					pages.centered(message(locale, "print.certificate.organizedBy", organizers), Style.BODY);
				}
				pages.space(30);
				pages.centered(issued, Style.SMALL);
			}
		});
	}

	private List<String[]> facts(EventDetails event, Locale locale) {
		List<String[]> facts = new ArrayList<>();
		facts.add(new String[] { message(locale, "events.field.kind"), message(locale, "events.kind." + event.kind())
				+ " · " + message(locale, "events.format." + event.format()) });
		facts.add(new String[] { message(locale, "events.field.when"),
				this.dates.span(event.startsAt(), event.endsAt(), event.timeZone()) });
		if (event.venue() != null) {
			String address = event.venue().address();
			facts.add(new String[] { message(locale, "events.field.venue"),
					event.venue().name() + ((address != null && !address.isBlank()) ? "\n" + address : "") });
		}
		Map<OrganizationRole, String> byRole = new java.util.EnumMap<>(OrganizationRole.class);
		for (EventDetails.Participant p : event.organizations()) {
			byRole.merge(p.role(), p.name(), (a, b) -> a + "\n" + b);
		}
		byRole.forEach((role, names) -> facts.add(new String[] { message(locale, "events.role." + role), names }));
		if (event.series() != null) {
			facts.add(new String[] { message(locale, "events.field.series"), event.series().name()
					+ ((event.edition() != null) ? " · " + message(locale, "events.edition", event.edition()) : "") });
		}
		return facts;
	}

	private void programme(PdfPages pages, AgendaView agenda, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		if (!agenda.topics().isEmpty()) {
			pages.space(6);
			pages.text(message(locale, "events.agenda.topics"), Style.HEADING);
			for (AgendaView.TopicView topic : agenda.topics()) {
				pages.text(numbers.format(topic.number()) + ". " + topic.title(), Style.STRONG);
				pages.text(topic.description(), Style.BODY);
			}
		}
		if (!agenda.sessions().isEmpty()) {
			pages.space(6);
			pages.text(message(locale, "events.agenda.sessions"), Style.HEADING);
			List<List<String>> rows = new ArrayList<>();
			for (AgendaView.SessionView session : agenda.sessions()) {
				String when = this.dates.dayIn(session.startsAt(), agenda.timeZone()) + "\n"
						+ this.dates.timeIn(session.startsAt(), agenda.timeZone()) + ((session.endsAt() != null)
								? " – " + this.dates.timeIn(session.endsAt(), agenda.timeZone()) : "");
				String what = text(session.title())
						+ ((session.topicTitle() != null)
								? "\n" + numbers.format(session.topic()) + ". " + session.topicTitle() : "")
						+ ((session.room() != null)
								? "\n" + message(locale, "events.agenda.room") + ": " + session.room() : "");
				rows.add(List.of((session.startsAt() != null) ? when : "", what, people(session, locale)));
			}
			pages.table(new float[] { 2, 4, 5 }, List.of(message(locale, "print.column.time"),
					message(locale, "print.column.session"), message(locale, "print.column.people")), rows, 0);
		}
	}

	private String people(AgendaView.SessionView session, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (AgendaView.Speaker speaker : session.people()) {
			String role = message(locale, "events.sessionRole." + speaker.role());
			List<String> about = new ArrayList<>();
			if (speaker.function() != null && !speaker.function().isBlank()) {
				about.add(speaker.function());
			}
			if (speaker.organizationName() != null) {
				about.add(speaker.organizationName());
			}
			String name = (speaker.name() != null) ? speaker.name() : message(locale, "people.erased");
			lines.add(role + ": " + name + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"));
		}
		if (!session.organizations().isEmpty()) {
			lines.add(message(locale, "events.agenda.presenters") + ": "
					+ session.organizations()
						.stream()
						.map(AgendaView.Presenter::name)
						.collect(Collectors.joining(", ")));
		}
		return String.join("\n", lines);
	}

	private void participation(PdfPages pages, EventDetails event, Attendance attendance, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		pages.space(6);
		pages.text(message(locale, "print.report.participation"), Style.HEADING);
		List<String[]> figures = new ArrayList<>();
		if (event.capacity() != null) {
			figures.add(new String[] { message(locale, "events.field.capacity"), numbers.format(event.capacity()) });
		}
		figures.add(new String[] { message(locale, "print.report.confirmed"), numbers.format(attendance.confirmed()) });
		figures.add(new String[] { message(locale, "print.report.waiting"), numbers.format(event.waiting()) });
		figures.add(new String[] { message(locale, "print.report.attended"), numbers.format(attendance.attended()) });
		figures.add(new String[] { message(locale, "print.report.walkIns"), numbers.format(attendance.walkIns()) });
		pages.facts(figures);
		if (attendance.attended() == 0) {
			return;
		}
		pages.table(new float[] { 3, 1 },
				List.of(message(locale, "people.field.gender"), message(locale, "events.checkIn.people")),
				attendance.byGender()
					.entrySet()
					.stream()
					.map((e) -> List.of(e.getKey().equals("UNSAID") ? message(locale, "people.gender.unsaid")
							: message(locale, "people.gender." + e.getKey()), numbers.format(e.getValue())))
					.toList(),
				0);
		pages.table(new float[] { 3, 1 },
				List.of(message(locale, "organizations.field.kind"), message(locale, "events.checkIn.people")),
				attendance.byOrganizationKind()
					.entrySet()
					.stream()
					.map((e) -> List.of(
							e.getKey().equals("NOT_IN_REGISTER") ? message(locale, "events.checkIn.notInRegister")
									: message(locale, "organizations.kind." + e.getKey()),
							numbers.format(e.getValue())))
					.toList(),
				0);
	}

	private void outcomes(PdfPages pages, AgendaView agenda, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		pages.space(6);
		pages.text(message(locale, "events.outcomes.title"), Style.HEADING);
		boolean any = false;
		for (AgendaView.TopicView topic : agenda.topics()) {
			boolean findings = topic.findings() != null && !topic.findings().isBlank();
			if (!findings && topic.recommendations().isEmpty()) {
				continue;
			}
			any = true;
			pages.text(numbers.format(topic.number()) + ". " + topic.title(), Style.STRONG);
			if (findings) {
				pages.text(message(locale, "print.report.findings"), Style.SMALL);
				pages.text(topic.findings(), Style.BODY);
			}
			if (!topic.recommendations().isEmpty()) {
				pages.text(message(locale, "events.outcomes.recommendations"), Style.SMALL);
				pages.text(topic.recommendations().stream().map((r) -> "• " + r).collect(Collectors.joining("\n")),
						Style.BODY);
			}
			pages.space(4);
		}
		if (!any) {
			pages.text(message(locale, "print.report.noOutcomes"), Style.BODY);
		}
	}

	private void actions(PdfPages pages, List<ActionView> items, Locale locale) {
		pages.space(6);
		pages.text(message(locale, "events.actions.title"), Style.HEADING);
		if (items.isEmpty()) {
			pages.text(message(locale, "events.actions.none"), Style.BODY);
			return;
		}
		List<List<String>> rows = items.stream()
			.map((a) -> List.of(text(a.title()) + ((a.topicTitle() != null) ? "\n" + a.topicTitle() : ""),
					text(a.owner()), (a.dueOn() != null) ? Dates.format(a.dueOn(), locale) : "",
					message(locale, "events.actionStatus." + a.status())))
			.toList();
		pages
			.table(new float[] { 5, 3, 2, 1.6f },
					List.of(message(locale, "events.actions.what"), message(locale, "events.actions.owner"),
							message(locale, "events.actions.dueOn"), message(locale, "events.actions.status")),
					rows, 0);
	}

	private byte[] pdf(Locale locale, String title, boolean landscape, String footer, Consumer<PdfPages> write) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfPages pages = PdfPages.open(out, locale, title, landscape, footer)) {
			write.accept(pages);
		}
		return out.toByteArray();
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
