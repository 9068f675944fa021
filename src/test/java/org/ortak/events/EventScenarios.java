package org.ortak.events;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.TestActors;
import org.ortak.organizations.OrganizationDetails;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestCountries;
import org.ortak.organizations.TestOrganizations;
import org.ortak.people.ConsentPurpose;
import org.ortak.people.Gender;
import org.ortak.people.People;
import org.ortak.people.PersonView;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events and registrations against a real database: run on H2 and on PostgreSQL by the
 * subclasses. Each test makes its own events, so the tests share one context.
 */
abstract class EventScenarios {

	static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

	@Autowired
	Events events;

	@Autowired
	Registrations registrations;

	@Autowired
	People people;

	@Autowired
	Regions regions;

	@Autowired
	Organizations organizations;

	final Actor admin = TestActors.admin();

	final Actor coordinator = TestActors.coordinator();

	RegionView kocaeli;

	@BeforeEach
	void place() {
		this.kocaeli = TestCountries.regionIn(this.regions, "TR");
	}

	static EventDraft workshop(Integer capacity, LocalDateTime start) {
		return new EventDraft(EventKind.WORKSHOP,
				Map.of("tr", "Kadın Kooperatifleri Çalıştayı", "en", "Women's Cooperatives Workshop"),
				Map.of("tr", "Sekiz başlıkta çözüm önerileri"), start, start.plusHours(8), ISTANBUL, null, null,
				Visibility.PUBLIC, EventFormat.IN_PERSON, null, capacity, true, null, null, null, List.of(), List.of());
	}

	static RegistrationDraft registrant(String name, String email) {
		return new RegistrationDraft(name, Gender.FEMALE, email, null, null, "Kartepe Kadın Kooperatifi", "Başkan",
				EnumSet.of(Need.ACCESSIBILITY), null, true);
	}

	static LocalDateTime nextYear() {
		return LocalDateTime.now().plusYears(1).withHour(9).withMinute(30).withSecond(0).withNano(0);
	}

	@Test
	void capacityIsExactWhenTwoHundredRegisterAtOnceForFortyPlaces() throws Exception {
		EventDetails event = this.events.create(workshop(40, nextYear()), this.coordinator);
		int people = 200;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		List<Future<Registered>> results = new ArrayList<>();
		try {
			for (int i = 0; i < people; i++) {
				int n = i;
				Callable<Registered> register = () -> {
					start.await();
					return this.registrations.register(event.id(),
							registrant("Katılımcı " + n, "katilimci" + n + "@example.org"), RegistrationSource.FORM,
							Actor.ANONYMOUS, Locale.forLanguageTag("tr"));
				};
				results.add(pool.submit(register));
			}
			start.countDown();
			List<Registered> registered = new ArrayList<>();
			for (Future<Registered> result : results) {
				registered.add(result.get());
			}
			assertThat(registered).filteredOn((r) -> r.status() == RegistrationStatus.CONFIRMED).hasSize(40);
			assertThat(registered).filteredOn((r) -> r.status() == RegistrationStatus.WAITING).hasSize(160);
			// the waiting line is numbered 1…160 without a gap
			assertThat(registered.stream()
				.filter((r) -> r.status() == RegistrationStatus.WAITING)
				.map(Registered::waitingPosition)
				.sorted()
				.toList()).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 160).boxed().toList());
			EventDetails counted = this.events.get(event.id(), this.coordinator);
			assertThat(counted.confirmed()).isEqualTo(40);
			assertThat(counted.waiting()).isEqualTo(160);

			// a place freed goes to the first in line
			Registered first = registered.stream()
				.filter((r) -> r.status() == RegistrationStatus.WAITING && r.waitingPosition() == 1)
				.findFirst()
				.orElseThrow();
			Registered placed = registered.stream()
				.filter((r) -> r.status() == RegistrationStatus.CONFIRMED)
				.findFirst()
				.orElseThrow();
			assertThat(this.registrations.cancel(placed.token()).status()).isEqualTo(RegistrationStatus.CANCELLED);
			assertThat(this.registrations.own(first.token()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
			EventDetails after = this.events.get(event.id(), this.coordinator);
			assertThat(after.confirmed()).isEqualTo(40);
			assertThat(after.waiting()).isEqualTo(159);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theSameAddressRegistersOnceAndWithoutConsentNotAtAll() {
		EventDetails event = this.events.create(workshop(10, nextYear()), this.coordinator);
		this.registrations.register(event.id(), registrant("Ayşe Yılmaz", "ayse@example.org"), RegistrationSource.FORM,
				Actor.ANONYMOUS, Locale.ENGLISH);
		// the public form tells nobody who registered: the address only gets its link
		// again
		Registered again = this.registrations.register(event.id(), registrant("Ayşe Yılmaz", "AYSE@example.org "),
				RegistrationSource.FORM, Actor.ANONYMOUS, Locale.ENGLISH);
		assertThat(again.token()).isNull();
		assertThat(again.status()).isNull();
		// a coordinator is told
		assertThatThrownBy(() -> this.registrations.register(event.id(), registrant("Ayşe Yılmaz", "ayse@example.org"),
				RegistrationSource.COORDINATOR, this.coordinator, Locale.ENGLISH))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.violations())
				.anyMatch((v) -> v.field().equals("email") && v.messageKey().equals("events.error.alreadyRegistered")));
		RegistrationDraft withoutConsent = new RegistrationDraft("Zeynep Kaya", null, "zeynep@example.org", null, null,
				null, null, Set.of(), null, false);
		assertThatThrownBy(() -> this.registrations.register(event.id(), withoutConsent, RegistrationSource.FORM,
				Actor.ANONYMOUS, Locale.ENGLISH))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations()).anyMatch((v) -> v.field().equals("consent")));
		assertThat(this.events.get(event.id(), this.coordinator).confirmed()).isEqualTo(1);
	}

	@Test
	void anEventEndsAfterItStartsAndNamesWhatIsWrong() {
		LocalDateTime start = nextYear();
		EventDraft backwards = new EventDraft(EventKind.WORKSHOP, Map.of("tr", "Çalıştay"), Map.of(), start,
				start.minusHours(1), ISTANBUL, null, null, null, null, "not a link", 0, null, null, null, null,
				List.of(), List.of("nobody-of-that-name"));
		assertThatThrownBy(() -> this.events.create(backwards, this.coordinator))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.violations()).extracting((v) -> v.field())
				.contains("end", "meetingLink", "capacity", "coordinators"));
	}

	@Test
	void registrantsAreSeenOnlyByTheEventsCoordinatorsAndAdmins() {
		EventDetails event = this.events.create(workshop(null, nextYear()), this.coordinator);
		Registered registered = this.registrations.register(event.id(), registrant("Fatma Demir", "fatma@example.org"),
				RegistrationSource.FORM, Actor.ANONYMOUS, Locale.ENGLISH);
		// the planner is the event's coordinator
		assertThat(this.registrations.list(event.id(), null, 0, 50, this.coordinator).items())
			.extracting(RegistrationView::email)
			.containsExactly("fatma@example.org");
		Actor otherCoordinator = new Actor("another-coordinator", Set.of(org.ortak.shared.security.Role.COORDINATOR),
				Set.of());
		assertThatThrownBy(() -> this.registrations.list(event.id(), null, 0, 50, otherCoordinator))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.registrations.list(event.id(), null, 0, 50, Actor.ANONYMOUS))
			.isInstanceOf(Forbidden.class);
		// the person's contact: for the event's coordinator, not for another
		UUID personId = this.registrations.list(event.id(), null, 0, 50, this.admin).items().get(0).personId();
		assertThat(this.people.get(personId, this.coordinator).email()).isEqualTo("fatma@example.org");
		assertThat(this.people.get(personId, otherCoordinator).email()).isNull();
		assertThatThrownBy(() -> this.people.get(personId, Actor.ANONYMOUS)).isInstanceOf(NotFound.class);
		assertThat(registered.token()).isNotBlank();
	}

	@Test
	void erasureKeepsEveryCountRight() {
		EventDetails event = this.events.create(workshop(5, nextYear()), this.coordinator);
		this.registrations.register(event.id(), registrant("Elif Şahin", "elif@example.org"), RegistrationSource.FORM,
				Actor.ANONYMOUS, Locale.ENGLISH);
		UUID personId = this.registrations.list(event.id(), null, 0, 50, this.admin).items().get(0).personId();
		Map<String, Object> export = this.people.export(personId, this.admin);
		assertThat(export).containsKeys("person", "registrations");
		assertThat(((PersonView) export.get("person")).consents()).extracting((c) -> c.purpose())
			.contains(ConsentPurpose.EVENT_REGISTRATION);

		PersonView erased = this.people.erase(personId, this.admin);
		assertThat(erased.erased()).isTrue();
		assertThat(erased.name()).isNull();
		assertThat(erased.gender()).isEqualTo(Gender.FEMALE);
		EventDetails after = this.events.get(event.id(), this.coordinator);
		assertThat(after.confirmed()).isEqualTo(1);
		assertThat(this.registrations.list(event.id(), null, 0, 50, this.admin).items().get(0).email()).isNull();
	}

	@Test
	void aStakeholderMeetingPreparesTheWorkshopAndASeriesNumbersItsEditions() {
		OrganizationDetails municipality = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kocaeli.id()), OrganizationStatus.ACTIVE, this.admin);
		EventDetails workshop = this.events.create(workshop(null, nextYear()), this.coordinator);
		LocalDateTime before = nextYear().minusDays(20);
		EventDraft meeting = new EventDraft(EventKind.STAKEHOLDER_MEETING, Map.of("tr", "Paydaş Odak Toplantısı"),
				Map.of(), before, before.plusHours(3), ISTANBUL, null, null, Visibility.INTERNAL, null, null, null,
				null, null, null, workshop.id(),
				List.of(new EventDraft.Participation(municipality.id(), OrganizationRole.ORGANIZER)), List.of());
		EventDetails prepared = this.events.create(meeting, this.coordinator);
		assertThat(prepared.prepares().id()).isEqualTo(workshop.id());
		assertThat(this.events.get(workshop.id(), this.coordinator).preparedBy()).extracting((ref) -> ref.id())
			.containsExactly(prepared.id());
		// an internal meeting is not for anonymous readers, nor shown to them as
		// preparing
		assertThatThrownBy(() -> this.events.get(prepared.id(), Actor.ANONYMOUS)).isInstanceOf(NotFound.class);
		assertThat(this.events.get(workshop.id(), Actor.ANONYMOUS).preparedBy()).isEmpty();

		SeriesView series = this.events.createSeries("Özel Sektör – STK İşbirliği Çalıştayları " + UUID.randomUUID(),
				null, this.coordinator);
		EventDraft first = withSeries(workshop(null, nextYear()), series.id(), null);
		EventDetails one = this.events.create(first, this.coordinator);
		EventDetails two = this.events.create(withSeries(workshop(null, nextYear().plusMonths(1)), series.id(), null),
				this.coordinator);
		assertThat(one.edition()).isEqualTo(1);
		assertThat(two.edition()).isEqualTo(2);
		assertThat(this.events.nextEdition(two.id(), this.coordinator).edition()).isEqualTo(3);
		assertThatThrownBy(
				() -> this.events.create(withSeries(workshop(null, nextYear()), series.id(), 2), this.coordinator))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations()).extracting((v) -> v.field()).contains("edition"));
		// every list without words, on every engine (PostgreSQL cannot type a null in a
		// like)
		assertThat(this.events.venues(null, 5)).isNotNull();
		assertThat(this.people.search(null, 0, 5, this.coordinator).items()).isNotNull();
		SeriesView internalOnly = this.events.createSeries("İç toplantılar " + UUID.randomUUID(), null,
				this.coordinator);
		this.events.create(withSeries(meetingDraft(workshop.id()), internalOnly.id(), null), this.coordinator);
		assertThat(this.events.seriesList(Actor.ANONYMOUS)).extracting(SeriesView::id)
			.contains(series.id())
			.doesNotContain(internalOnly.id());
		assertThat(this.events.seriesList(this.coordinator)).extracting(SeriesView::id).contains(internalOnly.id());
		assertThat(this.events.series(series.id(), Actor.ANONYMOUS).editions()).extracting(SeriesView.Edition::number)
			.containsExactly(1, 2);
	}

	@Test
	void aFullEventTakesTheWaitingLineAndMoreCapacityMovesItUp() {
		EventDetails event = this.events.create(workshop(1, nextYear()), this.coordinator);
		this.registrations.register(event.id(), registrant("Bir", "bir@example.org"), RegistrationSource.FORM,
				Actor.ANONYMOUS, Locale.ENGLISH);
		Registered second = this.registrations.register(event.id(), registrant("İki", "iki@example.org"),
				RegistrationSource.FORM, Actor.ANONYMOUS, Locale.ENGLISH);
		assertThat(second.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(second.waitingPosition()).isEqualTo(1);
		EventDetails current = this.events.get(event.id(), this.coordinator);
		EventDraft larger = this.events.draftOf(event.id(), this.coordinator);
		this.events.update(event.id(), withCapacity(larger, 2), current.version(), this.coordinator);
		assertThat(this.registrations.own(second.token()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	static final List<String> KOCAELI_TOPICS = List.of("Üretim Kapasitesi", "Finansal Dayanıklılık", "Üye Katılımı",
			"Sosyal Etki", "Satış ve Dağıtım Modelleri", "Eğitim Programları", "Çevre Dostu Üretim",
			"Finansmana Erişim");

	@Autowired
	Agenda agenda;

	@Autowired
	ActionItems actions;

	@Test
	void theWorkshopsEightTopicsLeadToRecommendationsAndActionsFollowedUpOverdueFirst() {
		LocalDateTime start = nextYear();
		EventDetails event = this.events.create(workshop(null, start), this.coordinator);
		org.ortak.people.PersonView speaker = this.people.create(new org.ortak.people.PersonDraft("Deniz Arslan",
				Gender.FEMALE, "deniz.arslan." + UUID.randomUUID() + "@example.org", null, List.of("tr"),
				List.of(new org.ortak.people.AffiliationDraft(null, "Kocaeli Üniversitesi", "Öğretim Üyesi", null,
						null))),
				this.admin);
		// found by name, or by the whole address; a fragment of an address gives nothing
		// away
		String address = speaker.email();
		assertThat(this.people.search(address, 0, 20, this.coordinator).items()).extracting((p) -> p.id())
			.containsExactly(speaker.id());
		assertThat(this.people.search(null, 0, 20, this.coordinator).items()).isNotEmpty();
		assertThat(this.people.search(address.substring(0, 14), 0, 20, this.coordinator).items())
			.extracting((p) -> p.id())
			.doesNotContain(speaker.id());
		List<AgendaDraft.TopicDraft> topics = KOCAELI_TOPICS.stream()
			.map((title) -> new AgendaDraft.TopicDraft(null, title, null))
			.toList();
		AgendaView written = this.agenda.save(event.id(),
				new AgendaDraft(topics, List.of(
						new AgendaDraft.SessionDraft(null, "Açılış", start, start.plusMinutes(30), "Salon A", null,
								List.of(), List.of(speaker.id()), List.of()),
						new AgendaDraft.SessionDraft(null, "Üretim kapasitesi masası", start.plusHours(1),
								start.plusHours(2), "Salon B", 0, List.of(speaker.id()), List.of(), List.of()))),
				event.version(), this.coordinator);
		assertThat(written.topics()).extracting(AgendaView.TopicView::title).containsExactlyElementsOf(KOCAELI_TOPICS);
		assertThat(written.sessions().get(0).people().get(0).function()).isEqualTo("Öğretim Üyesi");
		assertThat(written.sessions().get(1).topicTitle()).isEqualTo("Üretim Kapasitesi");

		// the speaker later changes job: the programme keeps the function held that day
		org.ortak.people.PersonView moved = this.people.update(speaker.id(),
				new org.ortak.people.PersonDraft("Deniz Arslan", Gender.FEMALE, null, null, List.of("tr"),
						List.of(new org.ortak.people.AffiliationDraft(null, "Bursa Uludağ Üniversitesi", "Profesör",
								null, null))),
				speaker.version(), this.admin);
		assertThat(moved.affiliations()).extracting((a) -> a.function()).containsExactly("Profesör");
		List<AgendaDraft.TopicDraft> reordered = new java.util.ArrayList<>(written.topics()
			.stream()
			.map((topic) -> new AgendaDraft.TopicDraft(topic.id(), topic.title(), topic.description()))
			.toList());
		java.util.Collections.reverse(reordered);
		AgendaView again = this.agenda.save(event.id(),
				new AgendaDraft(reordered,
						List.of(new AgendaDraft.SessionDraft(written.sessions().get(0).id(), "Açılış", start,
								start.plusMinutes(30), "Salon A", null, List.of(), List.of(speaker.id()), List.of()))),
				written.version(), this.coordinator);
		assertThat(again.topics().get(0).title()).isEqualTo("Finansmana Erişim");
		assertThat(again.topics().get(7).id()).isEqualTo(written.topics().get(0).id());
		assertThat(again.sessions()).hasSize(1);
		assertThat(again.sessions().get(0).people().get(0).function()).isEqualTo("Öğretim Üyesi");
		// an edit based on the agenda before is refused
		assertThatThrownBy(() -> this.agenda.save(event.id(), new AgendaDraft(List.of(), List.of()), written.version(),
				this.coordinator))
			.isInstanceOf(org.ortak.shared.StaleVersion.class);

		UUID finance = again.topics().get(0).id();
		AgendaView recorded = this.agenda.recordOutcomes(
				event.id(), List
					.of(new Agenda.Outcome(finance, "Kooperatiflerin çoğu hibe dışında finansmana ulaşamıyor.",
							List.of("Kooperatiflere özel kredi rehberi hazırlanmalı", " ",
									"Kadın kooperatifleri için bir fon kurulmalı"))),
				again.version(), this.coordinator);
		assertThat(recorded.topics().get(0).recommendations()).containsExactly(
				"Kooperatiflere özel kredi rehberi hazırlanmalı", "Kadın kooperatifleri için bir fon kurulmalı");

		assertThatThrownBy(() -> this.actions.create(event.id(),
				new ActionDraft("Kredi rehberini hazırla", finance, null, null, null, null, null), this.coordinator))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.violations())
				.anyMatch((v) -> v.messageKey().equals("events.error.ownerRequired")));
		OrganizationDetails owner = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kocaeli.id()), OrganizationStatus.ACTIVE, this.admin);
		java.time.LocalDate today = java.time.LocalDate.now();
		ActionView later = this.actions.create(event.id(),
				new ActionDraft("Fon önerisini yaz", finance, null, owner.id(), today.plusMonths(1), null, null),
				this.coordinator);
		ActionView overdue = this.actions.create(event.id(), new ActionDraft("Kredi rehberini hazırla", finance,
				speaker.id(), owner.id(), today.minusDays(3), null, null), this.coordinator);
		assertThat(overdue.overdue()).isTrue();
		assertThat(overdue.owner()).contains("Deniz Arslan");
		List<ActionView> board = this.actions
			.board(List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS), event.id(), null, 0, 50, this.coordinator)
			.items();
		assertThat(board).extracting(ActionView::id).containsExactly(overdue.id(), later.id());
		this.actions.move(overdue.id(), ActionStatus.DONE, overdue.version(), this.coordinator);
		assertThat(this.actions.board(List.of(ActionStatus.OPEN), event.id(), null, 0, 50, this.coordinator).items())
			.extracting(ActionView::id)
			.containsExactly(later.id());
		assertThatThrownBy(() -> this.actions.board(List.of(), null, null, 0, 50, Actor.ANONYMOUS))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void onTheDayRegistrantsAreCheckedInWalkInsAddedAndAttendanceCountedByGenderAndKind() {
		EventDetails event = this.events.create(workshop(2, nextYear()), this.coordinator);
		OrganizationDetails cooperative = this.organizations.create(
				TestOrganizations.kartepeWomensCooperative(this.kocaeli.id()), OrganizationStatus.ACTIVE, this.admin);
		RegistrationDraft fromCooperative = new RegistrationDraft("Emine Yurt", Gender.FEMALE, "emine@example.org",
				null, cooperative.id(), null, "Başkan", Set.of(), null, true);
		Registered emine = this.registrations.register(event.id(), fromCooperative, RegistrationSource.COORDINATOR,
				this.coordinator, Locale.ENGLISH);
		this.registrations.register(event.id(), registrant("Hatice Er", "hatice@example.org"), RegistrationSource.FORM,
				Actor.ANONYMOUS, Locale.ENGLISH);
		Registered waiting = this.registrations.register(event.id(), registrant("Sevgi Ak", "sevgi@example.org"),
				RegistrationSource.FORM, Actor.ANONYMOUS, Locale.ENGLISH);
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITING);

		assertThat(this.registrations.find(event.id(), "emine", this.coordinator)).extracting(RegistrationView::name)
			.containsExactly("Emine Yurt");
		assertThat(this.registrations.find(event.id(), "nobody of that name", this.coordinator)).isEmpty();
		// the address typed whole, as a coordinator reads it from a screen
		assertThat(this.registrations.find(event.id(), "Emine@example.org", this.coordinator))
			.extracting(RegistrationView::name)
			.containsExactly("Emine Yurt");
		this.registrations.checkIn(event.id(), emine.id(), true, this.coordinator);
		// someone waiting who came takes a place
		RegistrationView came = this.registrations.checkIn(event.id(), waiting.id(), true, this.coordinator);
		assertThat(came.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		// at the door, with no e-mail, full or not
		Registered walkIn = this.registrations.register(event.id(), new RegistrationDraft("Ali Veli", Gender.MALE, null,
				null, null, "Muhtarlık", null, Set.of(), null, true), RegistrationSource.WALK_IN, this.coordinator,
				Locale.ENGLISH);
		assertThat(walkIn.status()).isEqualTo(RegistrationStatus.CONFIRMED);

		Attendance attendance = this.registrations.attendance(event.id(), this.coordinator);
		assertThat(attendance.attended()).isEqualTo(3);
		assertThat(attendance.walkIns()).isEqualTo(1);
		assertThat(attendance.byGender()).containsEntry("FEMALE", 2L).containsEntry("MALE", 1L);
		assertThat(attendance.byOrganizationKind()).containsEntry(cooperative.kind().name(), 1L)
			.containsEntry("NOT_IN_REGISTER", 2L);
		// the code shown at the door: the private link a scanner reads from its QR code
		Registered hatice = this.registrations.register(event.id(),
				registrant("Hatice Kaya", "hatice.kaya@example.org"), RegistrationSource.FORM, Actor.ANONYMOUS,
				Locale.ENGLISH);
		assertThat(this.registrations
			.checkInByCode(event.id(), "https://ortak.example.org/r/" + hatice.token(), this.coordinator)
			.checkedInAt()).isNotNull();
		EventDetails other = this.events.create(workshop(null, nextYear()), this.coordinator);
		assertThatThrownBy(() -> this.registrations.checkInByCode(other.id(), hatice.token(), this.coordinator))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations().get(0).field()).isEqualTo("code"));
		assertThatThrownBy(() -> this.registrations.checkInByCode(event.id(), "   ", this.coordinator))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.registrations.qrCode(hatice.token(), "https://ortak.example.org")).startsWith("<svg")
			.contains("<path");
		this.registrations.checkIn(event.id(), hatice.id(), false, this.coordinator);
		// undone, and not for strangers
		this.registrations.checkIn(event.id(), emine.id(), false, this.coordinator);
		assertThat(this.registrations.attendance(event.id(), this.coordinator).attended()).isEqualTo(2);
		assertThatThrownBy(() -> this.registrations.checkIn(event.id(), emine.id(), true, Actor.ANONYMOUS))
			.isInstanceOf(Forbidden.class);
	}

	static EventDraft meetingDraft(UUID prepares) {
		LocalDateTime start = nextYear().minusDays(10);
		return new EventDraft(EventKind.STAKEHOLDER_MEETING, Map.of("tr", "İç hazırlık toplantısı"), Map.of(), start,
				start.plusHours(2), ISTANBUL, null, null, Visibility.INTERNAL, null, null, null, null, null, null,
				prepares, List.of(), List.of());
	}

	static EventDraft withSeries(EventDraft d, UUID series, Integer edition) {
		return new EventDraft(d.kind(), d.titles(), d.descriptions(), d.start(), d.end(), d.timeZone(), d.venueId(),
				d.regionId(), d.visibility(), d.format(), d.meetingLink(), d.capacity(), d.registrationOpen(), series,
				edition, d.preparesId(), d.organizations(), d.coordinators());
	}

	static EventDraft withCapacity(EventDraft d, Integer capacity) {
		return new EventDraft(d.kind(), d.titles(), d.descriptions(), d.start(), d.end(), d.timeZone(), d.venueId(),
				d.regionId(), d.visibility(), d.format(), d.meetingLink(), capacity, d.registrationOpen(), d.seriesId(),
				d.edition(), d.preparesId(), d.organizations(), d.coordinators());
	}

}
