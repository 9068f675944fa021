package org.ortak.organizations;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ortak.shared.Text;

/**
 * Everything a user says an organization is, from a form, the API or an import. The
 * register checks it as a whole before anything is saved.
 */
public record OrganizationDraft(String name, String shortName, OrganizationKind kind, String subKind, String legalForm,
		String registryNumber, Map<String, String> identifiers, LocalDate foundedOn, UUID regionId, String address,
		Double latitude, Double longitude, Set<Sector> sectors, Integer membersTotal, Integer membersWomen,
		Integer employeesTotal, Integer employeesWomen, Boolean incomeGenerating, List<Certification> certifications,
		String website, String phone, String email, String description) {

	public OrganizationDraft {
		name = clean(name);
		shortName = clean(shortName);
		subKind = clean(subKind);
		legalForm = clean(legalForm);
		registryNumber = (clean(registryNumber) != null) ? clean(registryNumber).replaceAll("\\s+", " ") : null;
		Map<String, String> typed = new TreeMap<>();
		if (identifiers != null) {
			// an identifier left empty is not kept
			identifiers.forEach((scheme, number) -> {
				if (scheme != null && clean(number) != null) {
					typed.put(scheme, clean(number));
				}
			});
		}
		identifiers = Collections.unmodifiableMap(typed);
		address = clean(address);
		sectors = (sectors != null) ? sectors.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet())
				: Set.of();
		certifications = (certifications != null) ? certifications.stream()
			.filter(Objects::nonNull)
			.map((certification) -> new Certification(clean(certification.name()), certification.issuedOn()))
			.filter((certification) -> certification.name() != null || certification.issuedOn() != null)
			.toList() : List.of();
		website = clean(website);
		phone = clean(phone);
		email = clean(email);
		description = clean(description);
	}

	private static String clean(String text) {
		return Text.clean(text);
	}

}
