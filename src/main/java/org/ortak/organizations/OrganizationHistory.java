package org.ortak.organizations;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.context.i18n.LocaleContextHolder;

import org.ortak.regions.Regions;
import org.ortak.shared.history.AuditTrail;
import org.ortak.shared.history.AuditTrail.Snapshot;
import org.ortak.shared.history.AuditTrail.Window;
import org.ortak.shared.history.HistoryEntry;
import org.ortak.shared.history.HistoryPage;

/**
 * An organization's history of changes, read from its audit tables: five queries a page
 * (the count, the states, and one for each element collection) and one for the regions'
 * names. Bookkeeping fields (version, updated at and by, the registry key and region
 * path) are left out; they change with every edit or follow another record.
 */
final class OrganizationHistory {

	private OrganizationHistory() {
	}

	/** A national identifier as its audit rows hold it. */
	private record Identifier(IdentifierScheme scheme, String number) {
	}

	/** A certification in its place in the list. */
	private record Placed(int position, Certification certification) {
	}

	static HistoryPage read(EntityManager entityManager, Regions regions, long id, int page, int size) {
		Window<Organization> window = AuditTrail.read(entityManager, Organization.class, id, page, size);
		if (window.snapshots().isEmpty()) {
			return AuditTrail.history(window, (snapshot) -> Map.of(), (snapshot) -> null, Map.of());
		}
		Map<Long, List<Sector>> sectors = AuditTrail.replay(
				rows(entityManager,
						"select rev, revtype, sector from organization_sector_aud"
								+ " where organization_id = :id and rev <= :newest order by rev, revtype desc",
						id, window),
				window.revisions(), (row) -> Sector.valueOf((String) row[2]), Comparator.<Sector>naturalOrder());
		Map<Long, List<Placed>> certifications = AuditTrail.replay(
				rows(entityManager,
						"select rev, revtype, position, name, issued_on from organization_certification_aud"
								+ " where organization_id = :id and rev <= :newest order by rev, revtype desc",
						id, window),
				window.revisions(),
				(row) -> new Placed(((Number) row[2]).intValue(), new Certification((String) row[3], date(row[4]))),
				Comparator.comparingInt(Placed::position));
		Map<Long, List<Identifier>> identifiers = AuditTrail.replay(
				rows(entityManager,
						"select rev, revtype, scheme, number from organization_identifier_aud"
								+ " where organization_id = :id and rev <= :newest order by rev, revtype desc",
						id, window),
				window.revisions(), (row) -> new Identifier(IdentifierScheme.valueOf((String) row[2]), (String) row[3]),
				Comparator.comparing(Identifier::scheme));
		Set<UUID> regionIds = new HashSet<>();
		window.snapshots().forEach((snapshot) -> regionIds.add(snapshot.state().regionId()));
		regionIds.remove(null);
		Map<String, String> names = new HashMap<>();
		regions.findAll(regionIds)
			.forEach((regionId, region) -> names.put(regionId.toString(),
					region.label(LocaleContextHolder.getLocale())));
		HistoryPage history = AuditTrail.history(window,
				(snapshot) -> fields(snapshot, sectors.get(snapshot.revision().id()),
						certifications.get(snapshot.revision().id()).stream().map(Placed::certification).toList(),
						identifiers.get(snapshot.revision().id())),
				(snapshot) -> snapshot.state().updatedBy(), names);
		return new HistoryPage(history.items().stream().map(OrganizationHistory::confirmationOnlyAlone).toList(),
				history.page(), history.size(), history.total(), history.names());
	}

	/**
	 * Every edit confirms the entry too; the history says "confirmed" only where nothing
	 * else changed, so an edit reads as the fields it changed.
	 */
	private static HistoryEntry confirmationOnlyAlone(HistoryEntry entry) {
		if (entry.changes().size() < 2
				|| entry.changes().stream().noneMatch((change) -> "confirmedAt".equals(change.field()))) {
			return entry;
		}
		return new HistoryEntry(entry.revision(), entry.at(), entry.by(), entry.channel(), entry.importId(),
				entry.kind(),
				entry.changes().stream().filter((change) -> !"confirmedAt".equals(change.field())).toList());
	}

	private static Map<String, Object> fields(Snapshot<Organization> snapshot, List<Sector> sectors,
			List<Certification> certifications, List<Identifier> identifiers) {
		Organization organization = snapshot.state();
		Coordinates coordinates = organization.coordinates();
		Headcount members = organization.members();
		Headcount employees = organization.employees();
		Map<String, Object> fields = AuditTrail.fields();
		fields.put("name", organization.name());
		fields.put("shortName", organization.shortName());
		fields.put("kind", organization.kind());
		fields.put("subKind", organization.subKind());
		fields.put("legalForm", organization.legalForm());
		fields.put("registryNumber", organization.registryNumber());
		Map<String, String> numbers = new LinkedHashMap<>();
		identifiers.forEach((identifier) -> numbers.put(identifier.scheme().name(), identifier.number()));
		fields.put("identifiers", numbers.isEmpty() ? null : numbers);
		fields.put("foundedOn", organization.foundedOn());
		fields.put("regionId", organization.regionId());
		fields.put("address", organization.address());
		fields.put("latitude", (coordinates != null) ? coordinates.latitude() : null);
		fields.put("longitude", (coordinates != null) ? coordinates.longitude() : null);
		fields.put("sectors", sectors.isEmpty() ? null : sectors);
		fields.put("membersTotal", (members != null) ? members.total() : null);
		fields.put("membersWomen", (members != null) ? members.women() : null);
		fields.put("employeesTotal", (employees != null) ? employees.total() : null);
		fields.put("employeesWomen", (employees != null) ? employees.women() : null);
		fields.put("incomeGenerating", organization.incomeGenerating());
		fields.put("certifications", certifications.isEmpty() ? null : certifications);
		fields.put("website", organization.website());
		fields.put("phone", organization.phone());
		fields.put("email", organization.email());
		fields.put("description", organization.description());
		fields.put("status", organization.status());
		fields.put("statusSince", organization.statusSince());
		fields.put("archived", organization.archived());
		fields.put("listed", organization.listed());
		fields.put("locationPrecision", organization.locationPrecision());
		fields.put("mergedInto", organization.mergedInto());
		fields.put("confirmedAt", organization.confirmedAt());
		return fields;
	}

	@SuppressWarnings("unchecked")
	private static List<Object[]> rows(EntityManager entityManager, String sql, long id, Window<?> window) {
		return entityManager.createNativeQuery(sql)
			.setParameter("id", id)
			.setParameter("newest", window.newestRevision())
			.getResultList();
	}

	private static LocalDate date(Object value) {
		return (value instanceof Date date) ? date.toLocalDate() : (LocalDate) value;
	}

}
