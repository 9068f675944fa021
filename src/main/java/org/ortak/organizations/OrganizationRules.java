package org.ortak.organizations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.ortak.shared.Violations;

/**
 * What makes a draft acceptable, field by field, so that every refusal names its field.
 */
public final class OrganizationRules {

	static final int NAME_MAX = 300;

	static final int REGISTRY_NUMBER_MAX = 60;

	static final int CERTIFICATIONS_MAX = 50;

	static final int SHORT_NAME_MAX = 60;

	/**
	 * The earliest year a founding, certificate or status change may carry: older than
	 * any organization a register of today keeps, so a year like 19 or -5000 is a typing
	 * mistake, and well inside what every database stores as a date.
	 */
	static final int FIRST_YEAR = 1000;

	private OrganizationRules() {
	}

	public static Violations check(OrganizationDraft draft, LocalDate today) {
		Violations violations = new Violations();
		violations.required("name", draft.name()).line("name", draft.name(), NAME_MAX);
		violations.line("shortName", draft.shortName(), SHORT_NAME_MAX);
		violations.required("kind", draft.kind()).line("subKind", draft.subKind(), 40);
		checkSubKind(violations, draft.kind(), draft.subKind());
		checkIdentifiers(violations, draft.identifiers());
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

	/**
	 * A sub-kind is one of the codes the register knows, of the kind chosen; whether its
	 * country knows it is for {@link #checkCountry}.
	 */
	private static void checkSubKind(Violations violations, OrganizationKind kind, String code) {
		if (code == null || violations.has("subKind")) {
			return;
		}
		SubKind subKind = SubKind.of(code).orElse(null);
		if (subKind == null) {
			violations.add("subKind", "organizations.error.unknownSubKind", code);
		}
		else if (kind != null && subKind.kind() != kind) {
			violations.add("subKind", "organizations.error.subKind");
		}
	}

	private static void checkIdentifiers(Violations violations, Map<String, String> identifiers) {
		if (identifiers.size() > IdentifierScheme.values().length) {
			violations.add("identifiers", "validation.tooMany", IdentifierScheme.values().length);
			return;
		}
		identifiers.forEach((name, number) -> {
			String field = identifierField(name);
			IdentifierScheme scheme = IdentifierScheme.named(name).orElse(null);
			if (scheme == null) {
				// a name that could not be a scheme's is not echoed back as a field
				violations.add(name.matches("[A-Za-z_]{1,30}") ? field : "identifiers",
						"organizations.error.unknownIdentifier",
						Arrays.stream(IdentifierScheme.values()).map(Enum::name).collect(Collectors.joining(", ")));
				return;
			}
			violations.line(field, number, 60);
			if (violations.has(field)) {
				return;
			}
			String problem = scheme.problem(IdentifierScheme.digits(number));
			if (problem != null) {
				List<Integer> lengths = scheme.lengths();
				violations.add(field, problem, label(scheme), lengths.get(0), lengths.get(lengths.size() - 1));
			}
		});
	}

	/**
	 * What only the organization's country decides: whether its law knows the sub-kind
	 * and keeps the identifiers given; {@code countryCode} is its ISO code, null when the
	 * country has none.
	 */
	public static void checkCountry(Violations violations, OrganizationDraft draft, String countryCode) {
		SubKind subKind = SubKind.of(draft.subKind()).orElse(null);
		if (subKind != null && !violations.has("subKind") && !subKind.usedIn(countryCode)) {
			violations.add("subKind", "organizations.error.subKindCountry");
		}
		draft.identifiers().keySet().forEach((name) -> {
			IdentifierScheme scheme = IdentifierScheme.named(name).orElse(null);
			if (scheme != null && !violations.has(identifierField(name))
					&& !IdentifierScheme.of(countryCode).contains(scheme)) {
				violations.add(identifierField(name), "organizations.error.identifierCountry", label(scheme));
			}
		});
	}

	/** A registry number as registry numbers are compared ("KO-12 34" is "KO1234"). */
	public static String registryKey(String registryNumber) {
		return Organization.registryKey(registryNumber);
	}

	/** The field an identifier is named by on forms and in the API's errors. */
	static String identifierField(String scheme) {
		return "identifiers[" + scheme + "]";
	}

	/** The scheme's name in the reader's language, for messages. */
	static MessageSourceResolvable label(IdentifierScheme scheme) {
		return new DefaultMessageSourceResolvable("organizations.identifier." + scheme.name());
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
