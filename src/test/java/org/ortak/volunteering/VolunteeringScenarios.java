package org.ortak.volunteering;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.TestActors;
import org.ortak.networks.MemberDraft;
import org.ortak.networks.MemberRole;
import org.ortak.networks.NetworkDraft;
import org.ortak.networks.NetworkKind;
import org.ortak.networks.NetworkView;
import org.ortak.networks.Networks;
import org.ortak.organizations.OrganizationStatus;
import org.ortak.organizations.Organizations;
import org.ortak.organizations.TestCountries;
import org.ortak.organizations.TestOrganizations;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Volunteering against a real database, run on H2 and on PostgreSQL by the subclasses: a
 * platform's companies send volunteers to its NGOs, the NGOs confirm their hours, and the
 * totals the database sums per company and NGO equal the hours confirmed one by one.
 */
abstract class VolunteeringScenarios {

	@Autowired
	Volunteering volunteering;

	@Autowired
	Volunteers volunteers;

	@Autowired
	Networks networks;

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
		this.region = TestCountries.regionIn(this.regions, "TR");
	}

	private UUID organization(String name) {
		return this.organizations
			.create(TestOrganizations.withName(TestOrganizations.kartepeWomensCooperative(this.region.id()),
					name + " " + UUID.randomUUID().toString().substring(0, 8)), OrganizationStatus.ACTIVE, this.admin)
			.id();
	}

	private static List<String> fields(InvalidInput ex) {
		return ex.violations().stream().map(Violation::field).toList();
	}

	@Test
	void companiesVolunteersGiveHoursTheNgosConfirmAndTheTotalsAreSummedPerCompanyAndNgo() {
		UUID yesim = organization("Yeşim Grup");
		UUID seger = organization("SEGER");
		UUID losev = organization("LÖSEV");
		UUID loder = organization("LÖDER");
		NetworkView platform = this.networks.create(new NetworkDraft(NetworkKind.PLATFORM,
				java.util.Map.of("tr", "Gönüllülük platformu " + UUID.randomUUID()), java.util.Map.of(), null, null,
				null, List.of(), List.of(), List.of(), List.of()), this.admin);
		for (UUID member : List.of(yesim, seger, losev, loder)) {
			this.networks.addMember(platform.id(), new MemberDraft(member, null, MemberRole.MEMBER, null, null),
					this.admin);
		}
		OpportunityView atLosev = this.volunteering.create(new OpportunityDraft(losev, platform.id(), "tr",
				"Çocuklarla etkinlik günü", null, "Bursa", null, null, null, null, 2, true), TestActors.coordinator());
		OpportunityView atLoder = this.volunteering.create(new OpportunityDraft(loder, platform.id(), "tr",
				"Kermes hazırlığı", null, "Bursa", null, null, null, null, null, true), TestActors.coordinator());

		Volunteers.SignedUp ayseSignedUp = this.volunteers.signUp(atLosev.id(),
				new SignupDraft("Ayşe Yılmaz", "ayse-" + UUID.randomUUID() + "@example.org", null, yesim, true));
		assertThat(ayseSignedUp.first()).isTrue();
		String ayse = ayseSignedUp.token();
		String mertEmail = "mert-" + UUID.randomUUID() + "@example.org";
		String mert = this.volunteers.signUp(atLosev.id(), new SignupDraft("Mert Kaya", mertEmail, null, seger, true))
			.token();
		// two wanted: a third is told all places are taken
		assertThatThrownBy(() -> this.volunteers.signUp(atLosev.id(),
				new SignupDraft("Can Demir", "can@example.org", null, yesim, true)))
			.isInstanceOf(Volunteers.Closed.class);
		// a company that is not a member of the network is no choice
		assertThatThrownBy(() -> this.volunteers.signUp(atLoder.id(),
				new SignupDraft("Can Demir", "can@example.org", null, organization("Başka"), true)))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).containsExactly("companyId"));
		String ayseAtLoder = this.volunteers
			.signUp(atLoder.id(),
					new SignupDraft("Ayşe Yılmaz", "ayse2-" + UUID.randomUUID() + "@example.org", null, yesim, true))
			.token();
		// whoever types a known volunteer's name and address again is not shown her
		// record
		Volunteers.SignedUp again = this.volunteers.signUp(atLoder.id(),
				new SignupDraft("Mert Kaya", mertEmail, null, seger, true));
		assertThat(again.first()).isFalse();

		LocalDate today = LocalDate.now(this.clock);
		UUID ayseSignup = this.volunteers.record(ayse).entries().get(0).signupId();
		HoursView first = this.volunteers.logHours(ayse, ayseSignup,
				new HoursDraft(today.minusDays(2), new BigDecimal("3.5"), "Boyama atölyesi"));
		HoursView second = this.volunteers.logHours(ayse, ayseSignup,
				new HoursDraft(today.minusDays(1), new BigDecimal("2"), null));
		HoursView mertHours = this.volunteers.logHours(mert, this.volunteers.record(mert).entries().get(0).signupId(),
				new HoursDraft(today, new BigDecimal("4"), null));
		HoursView rejected = this.volunteers.logHours(mert, this.volunteers.record(mert).entries().get(0).signupId(),
				new HoursDraft(today, new BigDecimal("1"), null));
		HoursView atLoderHours = this.volunteers.logHours(ayseAtLoder,
				this.volunteers.record(ayseAtLoder).entries().get(0).signupId(),
				new HoursDraft(today, new BigDecimal("6.25"), null));
		// hours of a day to come, or more than a day has, are refused
		assertThatThrownBy(() -> this.volunteers.logHours(ayse, ayseSignup,
				new HoursDraft(today.plusDays(1), new BigDecimal("30"), null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(fields(ex)).containsExactlyInAnyOrder("workedOn", "hours"));

		// only the receiving organization's managers confirm
		Actor losevManager = TestActors.manager(losev);
		Actor loderManager = TestActors.manager(loder);
		assertThatThrownBy(() -> this.volunteering.decide(first.id(), true, null, TestActors.coordinator()))
			.isInstanceOf(NotReceivingOrganization.class);
		assertThatThrownBy(() -> this.volunteering.decide(first.id(), true, null, this.admin))
			.isInstanceOf(NotReceivingOrganization.class);
		assertThatThrownBy(() -> this.volunteering.decide(first.id(), true, null, loderManager))
			.isInstanceOf(org.ortak.shared.Forbidden.class);
		for (HoursView confirmed : List.of(first, second, mertHours)) {
			assertThat(this.volunteering.decide(confirmed.id(), true, null, losevManager).status())
				.isEqualTo(HoursStatus.CONFIRMED);
		}
		this.volunteering.decide(rejected.id(), false, null, losevManager);
		this.volunteering.decide(atLoderHours.id(), true, null, loderManager);

		List<VolunteerTotal> totals = this.volunteering.totals(platform.id(), today.getYear());
		assertThat(totals)
			.extracting(VolunteerTotal::companyId, VolunteerTotal::organizationId, VolunteerTotal::volunteers,
					(t) -> t.hours().stripTrailingZeros())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(yesim, loder, 1L, new BigDecimal("6.25")),
					org.assertj.core.groups.Tuple.tuple(yesim, losev, 1L, new BigDecimal("5.5")),
					org.assertj.core.groups.Tuple.tuple(seger, losev, 1L, new BigDecimal("4")));
		// the totals equal the confirmed hours one by one
		BigDecimal confirmedOneByOne = this.volunteers.record(ayse)
			.confirmedHours()
			.add(this.volunteers.record(mert).confirmedHours())
			.add(this.volunteers.record(ayseAtLoder).confirmedHours());
		assertThat(totals.stream().map(VolunteerTotal::hours).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(confirmedOneByOne);
		assertThat(this.volunteers.record(ayse).confirmedHours()).isEqualByComparingTo("5.5");

		// the volunteers are their keepers' to see, not anyone's
		assertThat(this.volunteering.get(atLosev.id(), Actor.ANONYMOUS).signups()).isNull();
		assertThat(this.volunteering.get(atLosev.id(), losevManager).signups())
			.extracting(OpportunityView.SignupView::name)
			.containsExactly("Ayşe Yılmaz", "Mert Kaya");
		Actor anotherCoordinator = new Actor("mariusz", Set.of(Role.COORDINATOR), Set.of());
		assertThat(this.volunteering.get(atLosev.id(), anotherCoordinator).signups()).isNull();

		// an organization outside the platform does not publish in it (its totals are the
		// platform's), and a receiving organization of confirmed hours stays
		UUID outsider = organization("Başka dernek");
		assertThatThrownBy(() -> this.volunteering.create(new OpportunityDraft(outsider, platform.id(), "tr",
				"Sahte fırsat", null, null, null, null, null, null, null, true), TestActors.manager(outsider)))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).containsExactly("networkId"));
		assertThatThrownBy(() -> this.volunteering.update(atLosev.id(),
				new OpportunityDraft(loder, platform.id(), "tr", "Çocuklarla etkinlik günü", null, "Bursa", null, null,
						null, null, 2, true),
				null, this.admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(fields(ex)).containsExactly("organizationId"));
		// a withdrawn volunteer logs no more hours
		this.volunteers.withdraw(ayse, ayseSignup);
		assertThatThrownBy(
				() -> this.volunteers.logHours(ayse, ayseSignup, new HoursDraft(today, new BigDecimal("1"), null)))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(fields(ex)).containsExactly("signupId"));
	}

}
