package org.ortak.organizations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sub-kinds and identifiers a form offers for the organization's kind and country, in
 * groups when the country (or the kind) is not chosen yet.
 */
final class NationalChoices {

	private NationalChoices() {
	}

	/** Sub-kinds under a heading (a message key), or none when there is one group. */
	record SubKindGroup(String labelKey, List<SubKind> subKinds) {
	}

	/** Identifier schemes under a heading (a message key), or none. */
	record IdentifierGroup(String labelKey, List<IdentifierScheme> schemes) {
	}

	static List<SubKindGroup> subKinds(OrganizationKind kind, String countryCode, boolean countryKnown) {
		List<SubKind> offered = SubKind.offered(kind, countryCode, !countryKnown);
		if (kind == null) {
			Map<OrganizationKind, List<SubKind>> byKind = new LinkedHashMap<>();
			offered
				.forEach((subKind) -> byKind.computeIfAbsent(subKind.kind(), (key) -> new ArrayList<>()).add(subKind));
			List<SubKindGroup> groups = new ArrayList<>();
			byKind.forEach((of, subKinds) -> groups.add(new SubKindGroup("organizations.kind." + of, subKinds)));
			return groups;
		}
		if (countryKnown) {
			return offered.isEmpty() ? List.of() : List.of(new SubKindGroup(null, offered));
		}
		Map<String, List<SubKind>> byCountry = new LinkedHashMap<>();
		offered.forEach((subKind) -> byCountry
			.computeIfAbsent(subKind.countries().isEmpty() ? "general" : country(subKind), (key) -> new ArrayList<>())
			.add(subKind));
		List<SubKindGroup> groups = new ArrayList<>();
		byCountry
			.forEach((country, subKinds) -> groups.add(new SubKindGroup("organizations.country." + country, subKinds)));
		return groups;
	}

	/**
	 * The identifier fields of the country; those the organization holds of another
	 * country (its region moved) are shown too, in a group of their own, so that saving
	 * never drops them silently: the register refuses them by name until cleared.
	 */
	static List<IdentifierGroup> identifiers(String countryCode, boolean countryKnown, Set<String> held) {
		if (countryKnown) {
			List<IdentifierScheme> schemes = IdentifierScheme.of(countryCode);
			List<IdentifierGroup> groups = new ArrayList<>();
			if (!schemes.isEmpty()) {
				groups.add(new IdentifierGroup(null, schemes));
			}
			List<IdentifierScheme> elsewhere = held.stream()
				.map(IdentifierScheme::named)
				.flatMap(Optional::stream)
				.filter((scheme) -> !schemes.contains(scheme))
				.sorted()
				.toList();
			if (!elsewhere.isEmpty()) {
				groups.add(new IdentifierGroup("organizations.identifier.otherCountry", elsewhere));
			}
			return groups;
		}
		Map<String, List<IdentifierScheme>> byCountry = new LinkedHashMap<>();
		Arrays.stream(IdentifierScheme.values())
			.forEach((scheme) -> byCountry.computeIfAbsent(scheme.country(), (key) -> new ArrayList<>()).add(scheme));
		List<IdentifierGroup> groups = new ArrayList<>();
		byCountry.forEach(
				(country, schemes) -> groups.add(new IdentifierGroup("organizations.country." + country, schemes)));
		return groups;
	}

	private static String country(SubKind subKind) {
		return subKind.countries().stream().sorted().findFirst().orElseThrow();
	}

}
