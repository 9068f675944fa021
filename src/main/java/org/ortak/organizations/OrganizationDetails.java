package org.ortak.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An organization as its page and the API show it, with its status history and what the
 * reader may do with it.
 */
public record OrganizationDetails(UUID id, long version, String name, String shortName, OrganizationKind kind,
		String subKind, String legalForm, String registryNumber, Map<String, String> identifiers, LocalDate foundedOn,
		UUID regionId, String regionName, String address, Double latitude, Double longitude, Set<Sector> sectors,
		Integer membersTotal, Integer membersWomen, Integer employeesTotal, Integer employeesWomen,
		Boolean incomeGenerating, List<Certification> certifications, String website, String phone, String email,
		String description, OrganizationStatus status, LocalDate statusSince, List<StatusChangeView> statusHistory,
		boolean archived, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, boolean listed,
		LocationPrecision locationPrecision, UUID mergedInto, Instant confirmedAt, Permissions permissions) {

	/** One line of the status history. */
	public record StatusChangeView(OrganizationStatus from, OrganizationStatus to, LocalDate effectiveOn, String reason,
			String changedBy, Instant recordedAt) {
	}

	/** What the reader may do with this organization. */
	public record Permissions(boolean edit, boolean changeStatus, boolean archive, boolean list) {
	}

}
