package org.ortak.organizations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind in ESSGLOBAL 2.1's organisational-structure terms, as other
 * solidarity-economy maps read them.
 */
class EssglobalTests {

	private static final String OS = "https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/";

	@Test
	void aSubKindsNarrowerTermWinsOverItsKinds() {
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COOPERATIVE, "HOUSING"))
			.isEqualTo(OS + "OS70");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COOPERATIVE, "CONSUMER"))
			.isEqualTo(OS + "OS80");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COOPERATIVE, "RURAL_PRODUCTION"))
			.isEqualTo(OS + "OS90");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COOPERATIVE, "AGRICULTURAL_DEVELOPMENT"))
			.isEqualTo(OS + "OS90");
		// a women's cooperative is a cooperative: no narrower term fits it
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COOPERATIVE, "WOMEN")).isEqualTo(OS + "OS115");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COOPERATIVE, "SOCIAL"))
			.isEqualTo(OS + "OS115");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COOPERATIVE, null)).isEqualTo(OS + "OS115");
	}

	@Test
	void eachKindHasItsTermOrNone() {
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COOPERATIVE_UNION, null))
			.isEqualTo(OS + "OS110");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.ASSOCIATION, null)).isEqualTo(OS + "OS20");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.FOUNDATION, null)).isEqualTo(OS + "OS20");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.PUBLIC_UNION, null)).isEqualTo(OS + "OS20");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.COMPANY, null)).isEqualTo(OS + "OS50");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.PUBLIC_AUTHORITY, null))
			.isEqualTo(OS + "OS220");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.UNIVERSITY, null)).isNull();
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.REINTEGRATION_ENTITY, "CIS")).isNull();
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.SUPPORT_CENTRE, null)).isNull();
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.OTHER, null)).isNull();
	}

	@Test
	void aSubKindOfAnotherKindLendsNoTerm() {
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.ASSOCIATION, "HOUSING"))
			.isEqualTo(OS + "OS20");
		assertThat(Essglobal.organisationalStructureUri(OrganizationKind.OTHER, "HOUSING")).isNull();
	}

}
