package org.ortak.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Organizations from the stories, as drafts a user would type.
 */
public final class TestOrganizations {

	private TestOrganizations() {
	}

	/** The women's cooperative of the Kocaeli workshop's browser test. */
	public static OrganizationDraft kartepeWomensCooperative(UUID regionId) {
		return new OrganizationDraft("Kartepe Kadın Girişimi Üretim ve İşletme Kooperatifi", null,
				OrganizationKind.COOPERATIVE, "WOMEN", "Kooperatif", null, Map.of(), LocalDate.of(2019, 3, 8), regionId,
				"Kartepe, Kocaeli", 40.7536, 30.0233, Set.of(Sector.FOOD, Sector.HANDICRAFTS), 42, 42, 6, 6, true,
				List.of(), null, "+90 262 000 00 00", null, "Ev yemekleri ve el emeği ürünleri.");
	}

	public static OrganizationDraft withName(OrganizationDraft draft, String name) {
		return new OrganizationDraft(name, draft.shortName(), draft.kind(), draft.subKind(), draft.legalForm(),
				draft.registryNumber(), draft.identifiers(), draft.foundedOn(), draft.regionId(), draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				draft.website(), draft.phone(), draft.email(), draft.description());
	}

	public static OrganizationDraft withRegistry(OrganizationDraft draft, String registryNumber) {
		return new OrganizationDraft(draft.name(), draft.shortName(), draft.kind(), draft.subKind(), draft.legalForm(),
				registryNumber, draft.identifiers(), draft.foundedOn(), draft.regionId(), draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				draft.website(), draft.phone(), draft.email(), draft.description());
	}

	public static OrganizationDraft withSubKind(OrganizationDraft draft, OrganizationKind kind, String subKind) {
		return new OrganizationDraft(draft.name(), draft.shortName(), kind, subKind, draft.legalForm(),
				draft.registryNumber(), draft.identifiers(), draft.foundedOn(), draft.regionId(), draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				draft.website(), draft.phone(), draft.email(), draft.description());
	}

	public static OrganizationDraft withShortName(OrganizationDraft draft, String shortName) {
		return new OrganizationDraft(draft.name(), shortName, draft.kind(), draft.subKind(), draft.legalForm(),
				draft.registryNumber(), draft.identifiers(), draft.foundedOn(), draft.regionId(), draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				draft.website(), draft.phone(), draft.email(), draft.description());
	}

	/** The draft with these national identifiers, by scheme, as typed. */
	public static OrganizationDraft withIdentifiers(OrganizationDraft draft, Map<String, String> identifiers) {
		return new OrganizationDraft(draft.name(), draft.shortName(), draft.kind(), draft.subKind(), draft.legalForm(),
				draft.registryNumber(), identifiers, draft.foundedOn(), draft.regionId(), draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				draft.website(), draft.phone(), draft.email(), draft.description());
	}

	public static OrganizationDraft inRegion(OrganizationDraft draft, UUID regionId) {
		return new OrganizationDraft(draft.name(), draft.shortName(), draft.kind(), draft.subKind(), draft.legalForm(),
				draft.registryNumber(), draft.identifiers(), draft.foundedOn(), regionId, draft.address(),
				draft.latitude(), draft.longitude(), draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				draft.website(), draft.phone(), draft.email(), draft.description());
	}

	/** The draft placed at another point. */
	public static OrganizationDraft at(OrganizationDraft draft, Double latitude, Double longitude) {
		return new OrganizationDraft(draft.name(), draft.shortName(), draft.kind(), draft.subKind(), draft.legalForm(),
				draft.registryNumber(), draft.identifiers(), draft.foundedOn(), draft.regionId(), draft.address(),
				latitude, longitude, draft.sectors(), draft.membersTotal(), draft.membersWomen(),
				draft.employeesTotal(), draft.employeesWomen(), draft.incomeGenerating(), draft.certifications(),
				draft.website(), draft.phone(), draft.email(), draft.description());
	}

}
