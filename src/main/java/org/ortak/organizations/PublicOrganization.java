package org.ortak.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An organization as the public directory shows it: its own public facts, its place only
 * as precisely as it chose. Nothing of who keeps the register (who changed what, when),
 * and no person's contact data. Its kind in ESSGLOBAL, for other solidarity-economy maps,
 * is the URI of its organisational-structure term (null when none fits).
 */
public record PublicOrganization(UUID id, String name, String shortName, OrganizationKind kind, String subKind,
		String legalForm, String registryNumber, Map<String, String> identifiers, OrganizationStatus status,
		LocalDate foundedOn, UUID regionId, String regionName, String address, Double latitude, Double longitude,
		LocationPrecision locationPrecision, Set<Sector> sectors, Integer membersTotal, Integer membersWomen,
		Integer employeesTotal, Integer employeesWomen, List<Certification> certifications, String website,
		String phone, String email, String description, String essglobalOrganisationalStructure, Instant confirmedAt) {
}
