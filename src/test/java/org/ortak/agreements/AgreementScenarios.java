package org.ortak.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.TestActors;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestCountries;
import org.ortak.organizations.TestOrganizations;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.Violation;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Agreements against a real database, run on H2 and on PostgreSQL by the subclasses: what
 * an agreement may not be, who reads a confidential one and its obligations, who marks an
 * obligation done, and the lists of agreements ending soon and obligations overdue.
 */
abstract class AgreementScenarios {

	@Autowired
	Agreements agreements;

	@Autowired
	Organizations organizations;

	@Autowired
	Regions regions;

	@Autowired
	Clock clock;

	final Actor admin = TestActors.admin();

	RegionView region;

	@BeforeEach
	void place() {
		this.region = TestCountries.regionIn(this.regions, "IR");
	}

	private UUID organization(String name) {
		return this.organizations
			.create(TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.region.id()),
					name + " " + UUID.randomUUID().toString().substring(0, 8)), OrganizationStatus.ACTIVE, this.admin)
			.id();
	}

	private AgreementDraft draft(String title, AgreementVisibility visibility, LocalDate starts, LocalDate ends,
			List<UUID> parties, List<Signatory> signatories) {
		return new AgreementDraft(AgreementKind.MOU, AgreementStatus.ACTIVE, visibility, "fa", title, null, null,
				starts, ends, parties, signatories, List.of());
	}

	private static List<String> fields(InvalidInput ex) {
		return ex.violations().stream().map(Violation::field).toList();
	}

	@Test
	void anAgreementNeedsTwoPartiesAnEndAfterItsStartAndSignatoriesOfItsParties() {
		UUID directorate = organization("اداره کل تعاون");
		UUID university = organization("دانشگاه زنجان");
		UUID stranger = organization("شرکت دیگر");
		assertThatThrownBy(() -> this.agreements.create(draft("تفاهم‌نامه یک‌طرفه", AgreementVisibility.PUBLIC,
				LocalDate.of(2026, 3, 1), LocalDate.of(2025, 3, 1), List.of(directorate, directorate),
				List.of(new Signatory(stranger, "دنیایی", "سرپرست", null))), this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(fields(ex)).contains("parties", "endsOn", "signatories[0].organizationId"));
		assertThat(
				this.agreements.search(new Agreements.Query("یک‌طرفه", null, null, null, null, null), 0, 10, this.admin)
					.items())
			.isEmpty();

		AgreementView mou = this.agreements.create(draft("تفاهم‌نامه ترویج تعاون", AgreementVisibility.PUBLIC,
				LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1), List.of(directorate, university),
				List.of(new Signatory(directorate, "دنیایی", "سرپرست معاونت امور تعاون", LocalDate.of(2026, 3, 1)))),
				this.admin);
		assertThat(mou.parties()).extracting(AgreementView.Party::organizationId)
			.containsExactly(directorate, university);
		assertThat(mou.parties().get(0).signatories()).extracting(Signatory::function)
			.containsExactly("سرپرست معاونت امور تعاون");
		// an obligation is owed by a party, and has a due date
		assertThatThrownBy(() -> this.agreements.addObligation(mou.id(),
				new ObligationDraft(stranger, "کاری", null, null, null), this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(fields(ex)).contains("organizationId", "dueOn"));
		this.agreements.addObligation(mou.id(),
				new ObligationDraft(university, "معرفی طرح‌ها", LocalDate.of(2026, 9, 1), null, null), this.admin);
		// a party that owes stays a party
		UUID other = organization("دانشگاه علوم پزشکی");
		assertThatThrownBy(() -> this.agreements.update(mou.id(),
				draft("تفاهم‌نامه ترویج تعاون", AgreementVisibility.PUBLIC, null, null, List.of(directorate, other),
						List.of()),
				null, this.admin))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).containsExactly("parties"));
		// found by its title as a search folds it (ي and ی alike)
		assertThat(this.agreements
			.search(new Agreements.Query("ترويج تعاون", null, null, directorate, null, null), 0, 10, Actor.ANONYMOUS)
			.items()).extracting(AgreementSummary::id).containsExactly(mou.id());
	}

	@Test
	void aConfidentialAgreementIsReadByItsKeepersAndItsPartiesManagersAloneAndEachPartyMarksItsOwn() {
		UUID company = organization("Yeşim");
		UUID ngo = organization("LÖSEV");
		UUID outsider = organization("Başka");
		AgreementView protocol = this.agreements.create(new AgreementDraft(AgreementKind.COOPERATION_PROTOCOL,
				AgreementStatus.SIGNED, AgreementVisibility.PARTIES, "tr", "Gönüllülük iş birliği protokolü", null,
				null, null, null, List.of(company, ngo), List.of(), List.of()), TestActors.coordinator());
		assertThat(protocol.coordinators()).containsExactly("nagehan");
		ObligationView companyOwes = this.agreements.addObligation(protocol.id(), new ObligationDraft(company,
				"Yılda 200 saat gönüllü çalışma", LocalDate.now(this.clock).minusDays(3), null, null),
				TestActors.coordinator());
		ObligationView ngoOwes = this.agreements.addObligation(protocol.id(),
				new ObligationDraft(ngo, "Gönüllülere oryantasyon", LocalDate.now(this.clock).plusDays(20), null, null),
				TestActors.coordinator());

		Actor companyManager = TestActors.manager(company);
		Actor outsiderManager = TestActors.manager(outsider);
		assertThatThrownBy(() -> this.agreements.get(protocol.id(), Actor.ANONYMOUS)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.agreements.get(protocol.id(), outsiderManager)).isInstanceOf(NotFound.class);
		AgreementView seenByParty = this.agreements.get(protocol.id(), companyManager);
		assertThat(seenByParty.documents()).isEmpty();
		assertThat(seenByParty.editable()).isFalse();
		assertThat(seenByParty.coordinators()).isNull();
		assertThat(this.agreements
			.search(new Agreements.Query("gönüllülük", null, null, null, null, null), 0, 10, outsiderManager)
			.items()).isEmpty();
		assertThat(this.agreements
			.search(new Agreements.Query("gönüllülük", null, null, null, null, null), 0, 10, companyManager)
			.items()).extracting(AgreementSummary::id).containsExactly(protocol.id());

		// overdue and due soon, as each may see them
		assertThat(this.agreements.openObligations(0, company, 0, 50, companyManager).items())
			.extracting(ObligationView::id)
			.containsExactly(companyOwes.id());
		assertThat(this.agreements.openObligations(0, company, 0, 50, outsiderManager).items()).isEmpty();
		assertThat(this.agreements.openObligations(30, ngo, 0, 50, TestActors.coordinator()).items())
			.extracting(ObligationView::id)
			.containsExactly(ngoOwes.id());

		// the company marks its own obligation done, not the NGO's; nobody outside edits
		assertThatThrownBy(() -> this.agreements.markObligation(protocol.id(), ngoOwes.id(), ObligationStatus.DONE,
				null, null, companyManager))
			.isInstanceOf(Forbidden.class);
		ObligationView done = this.agreements.markObligation(protocol.id(), companyOwes.id(), ObligationStatus.DONE,
				null, null, companyManager);
		assertThat(done.status()).isEqualTo(ObligationStatus.DONE);
		assertThat(done.doneOn()).isEqualTo(LocalDate.now(this.clock));
		assertThat(done.overdue()).isFalse();
		assertThatThrownBy(() -> this.agreements.markObligation(protocol.id(), ngoOwes.id(), ObligationStatus.DONE,
				LocalDate.now(this.clock).plusDays(1), null, TestActors.coordinator()))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).containsExactly("doneOn"));
		assertThatThrownBy(() -> this.agreements.addObligation(protocol.id(),
				new ObligationDraft(company, "x", LocalDate.now(this.clock), null, null), companyManager))
			.isInstanceOf(Forbidden.class);
		// waiving or opening again is the keepers'
		assertThatThrownBy(() -> this.agreements.markObligation(protocol.id(), companyOwes.id(),
				ObligationStatus.WAIVED, null, null, companyManager))
			.isInstanceOf(Forbidden.class);
		Actor anotherCoordinator = new Actor("mariusz", Set.of(Role.COORDINATOR), Set.of());
		assertThatThrownBy(() -> this.agreements.get(protocol.id(), anotherCoordinator)).isInstanceOf(NotFound.class);
		// its coordinator, no longer a coordinator, no longer reads it anywhere; nor does
		// an
		// account of the party that manages it no more
		Actor demoted = new Actor("nagehan", Set.of(Role.ORG_MANAGER), Set.of());
		Actor noLongerManager = new Actor("mariusz", Set.of(), Set.of(company));
		for (Actor former : List.of(demoted, noLongerManager)) {
			assertThatThrownBy(() -> this.agreements.get(protocol.id(), former)).isInstanceOf(NotFound.class);
			assertThat(this.agreements
				.search(new Agreements.Query("gönüllülük", null, null, null, null, null), 0, 10, former)
				.items()).isEmpty();
			assertThat(this.agreements.openObligations(3660, null, 0, 100, former).items())
				.extracting(ObligationView::agreementId)
				.doesNotContain(protocol.id());
			assertThat(this.agreements.links(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1), former))
				.extracting(org.ortak.shared.HubLink::hubId)
				.doesNotContain(protocol.id());
		}
	}

	@Test
	void agreementsInForceEndingWithinTheDaysAreListedSoonestFirst() {
		UUID a = organization("Bursa Büyükşehir");
		UUID b = organization("SEGER");
		LocalDate today = LocalDate.now(this.clock);
		AgreementView later = this.agreements.create(draft("Protokol sonra", AgreementVisibility.PUBLIC,
				today.minusYears(1), today.plusDays(50), List.of(a, b), List.of()), this.admin);
		AgreementView sooner = this.agreements.create(draft("Protokol önce", AgreementVisibility.PUBLIC,
				today.minusYears(1), today.plusDays(5), List.of(a, b), List.of()), this.admin);
		this.agreements.create(draft("Protokol uzak", AgreementVisibility.PUBLIC, today.minusYears(1),
				today.plusDays(200), List.of(a, b), List.of()), this.admin);
		this.agreements.create(new AgreementDraft(AgreementKind.MOU, AgreementStatus.TERMINATED,
				AgreementVisibility.PUBLIC, "tr", "Protokol bitti", null, null, today.minusYears(1), today.plusDays(3),
				List.of(a, b), List.of(), List.of()), this.admin);
		assertThat(
				this.agreements.search(new Agreements.Query(null, null, null, a, null, 60), 0, 10, this.admin).items())
			.extracting(AgreementSummary::id)
			.containsExactly(sooner.id(), later.id());
	}

}
