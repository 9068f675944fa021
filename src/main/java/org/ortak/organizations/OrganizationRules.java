package org.ortak.organizations;

import java.time.LocalDate;
import java.util.List;

import org.ortak.shared.Violations;

/**
 * What makes a draft acceptable, field by field, so that every refusal names its field.
 */
final class OrganizationRules {

	static final int NAME_MAX = 300;

	private OrganizationRules() {
	}

	static Violations check(OrganizationDraft draft, LocalDate today) {
		Violations violations = new Violations();
		violations.required("name", draft.name()).maxLength("name", draft.name(), NAME_MAX);
		violations.required("kind", draft.kind());
		if (draft.kind() != null && !draft.kind().acceptsSubKind(draft.subKind())) {
			violations.add("subKind", "organizations.error.subKind");
		}
		violations.maxLength("legalForm", draft.legalForm(), 120)
			.maxLength("registryNumber", draft.registryNumber(), 60)
			.notAfterToday("foundedOn", draft.foundedOn(), today)
			.required("regionId", draft.regionId())
			.maxLength("address", draft.address(), 500);
		checkCoordinates(violations, draft.latitude(), draft.longitude());
		checkHeadcount(violations, "members", draft.membersTotal(), draft.membersWomen());
		checkHeadcount(violations, "employees", draft.employeesTotal(), draft.employeesWomen());
		checkCertifications(violations, draft.certifications(), today);
		violations.maxLength("website", draft.website(), 300)
			.website("website", draft.website())
			.maxLength("phone", draft.phone(), 40)
			.phone("phone", draft.phone())
			.maxLength("email", draft.email(), 254)
			.email("email", draft.email())
			.maxLength("description", draft.description(), 5000);
		return violations;
	}

	private static void checkCoordinates(Violations violations, Double latitude, Double longitude) {
		violations.between("latitude", latitude, -90, 90).between("longitude", longitude, -180, 180);
		if (latitude == null && longitude != null) {
			violations.add("latitude", "organizations.error.coordinatesPair");
		}
		if (longitude == null && latitude != null) {
			violations.add("longitude", "organizations.error.coordinatesPair");
		}
	}

	private static void checkHeadcount(Violations violations, String prefix, Integer total, Integer women) {
		violations.notNegative(prefix + "Total", total).notNegative(prefix + "Women", women);
		if (total != null && women != null && total >= 0 && women > total) {
			violations.add(prefix + "Women", "organizations.error.womenOverTotal", total);
		}
	}

	private static void checkCertifications(Violations violations, List<Certification> certifications,
			LocalDate today) {
		for (int i = 0; i < certifications.size(); i++) {
			Certification certification = certifications.get(i);
			String field = "certifications[" + i + "]";
			violations.required(field + ".name", certification.name())
				.maxLength(field + ".name", certification.name(), 120)
				.notAfterToday(field + ".issuedOn", certification.issuedOn(), today);
		}
		if (certifications.size() > 50) {
			violations.add("certifications", "validation.tooMany", 50);
		}
	}

}
