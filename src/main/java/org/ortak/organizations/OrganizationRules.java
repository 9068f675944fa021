package org.ortak.organizations;

import java.time.LocalDate;
import java.util.List;

import org.ortak.shared.Violations;

/**
 * What makes a draft acceptable, field by field, so that every refusal names its field.
 */
final class OrganizationRules {

	static final int NAME_MAX = 300;

	static final int REGISTRY_NUMBER_MAX = 60;

	static final int CERTIFICATIONS_MAX = 50;

	/**
	 * The earliest year a founding, certificate or status change may carry: older than
	 * any organization a register of today keeps, so a year like 19 or -5000 is a typing
	 * mistake, and well inside what every database stores as a date.
	 */
	static final int FIRST_YEAR = 1000;

	private OrganizationRules() {
	}

	static Violations check(OrganizationDraft draft, LocalDate today) {
		Violations violations = new Violations();
		violations.required("name", draft.name()).line("name", draft.name(), NAME_MAX);
		violations.required("kind", draft.kind()).text("subKind", draft.subKind(), false);
		if (draft.kind() != null && !draft.kind().acceptsSubKind(draft.subKind()) && !violations.has("subKind")) {
			violations.add("subKind", "organizations.error.subKind");
		}
		violations.line("legalForm", draft.legalForm(), 120)
			.line("registryNumber", draft.registryNumber(), REGISTRY_NUMBER_MAX);
		if (!violations.has("registryNumber") && draft.registryNumber() != null
				&& Organization.registryKey(draft.registryNumber()).length() > REGISTRY_NUMBER_MAX) {
			// upper case can be longer than what was typed: ß is SS
			violations.add("registryNumber", "organizations.error.registryKeyTooLong", REGISTRY_NUMBER_MAX);
		}
		violations.pastDate("foundedOn", draft.foundedOn(), FIRST_YEAR, today)
			.required("regionId", draft.regionId())
			.line("address", draft.address(), 500);
		checkCoordinates(violations, draft.latitude(), draft.longitude());
		checkHeadcount(violations, "members", draft.membersTotal(), draft.membersWomen());
		checkHeadcount(violations, "employees", draft.employeesTotal(), draft.employeesWomen());
		checkCertifications(violations, draft.certifications(), today);
		violations.line("website", draft.website(), 300)
			.website("website", draft.website())
			.line("phone", draft.phone(), 40)
			.phone("phone", draft.phone())
			.line("email", draft.email(), 254)
			.email("email", draft.email())
			.text("description", draft.description(), true)
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
				.line(field + ".name", certification.name(), 120)
				.pastDate(field + ".issuedOn", certification.issuedOn(), FIRST_YEAR, today);
		}
		if (certifications.size() > CERTIFICATIONS_MAX) {
			violations.add("certifications", "validation.tooMany", CERTIFICATIONS_MAX);
		}
	}

}
