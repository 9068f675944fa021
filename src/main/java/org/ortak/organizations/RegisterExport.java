package org.ortak.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Forbidden;
import org.ortak.shared.security.Actor;

/**
 * The register as its keepers export it: the coordinators' search, every organization the
 * reader may read (an organization manager only their own), with the facts the public
 * does not see — the exact place, income, listing, who changed it and when — streamed a
 * chunk at a time whatever the register's size.
 */
@Service
@Transactional(readOnly = true)
class RegisterExport {

	/** The public columns first, in the same order, then what only keepers see. */
	static final List<String> COLUMNS;

	static {
		List<String> columns = new ArrayList<>(OpenDataCsv.COLUMNS);
		columns.addAll(List.of("incomeGenerating", "statusSince", "certifications", "listed", "archived", "version",
				"createdAt", "createdBy", "updatedAt", "updatedBy"));
		COLUMNS = List.copyOf(columns);
	}

	private static final int CHUNK = 500;

	private final OrganizationSearch search;

	private final Regions regions;

	@PersistenceContext
	private EntityManager entityManager;

	RegisterExport(OrganizationSearch search, Regions regions) {
		this.search = search;
		this.regions = regions;
	}

	/**
	 * Each organization the query finds that the actor may read, as cells of the columns.
	 */
	void each(OrganizationQuery query, Actor actor, Consumer<List<Object>> row) {
		if (actor == null || !actor.isSignedIn()) {
			throw new Forbidden();
		}
		Set<UUID> onlyIds = RegisterPolicy.visibleTo(actor);
		if (onlyIds != null && onlyIds.isEmpty()) {
			return;
		}
		try (SearchScroll<Organization> scroll = this.search.query(query, onlyIds, false).scroll(CHUNK)) {
			for (SearchScrollResult<Organization> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				Map<UUID, RegionView> regionsById = this.regions
					.findAll(chunk.hits().stream().map(Organization::regionId).collect(Collectors.toSet()));
				chunk.hits()
					.forEach((organization) -> row
						.accept(cells(organization, regionsById.get(organization.regionId()))));
				this.entityManager.clear();
			}
		}
	}

	private static List<Object> cells(Organization o, RegionView region) {
		Coordinates point = o.coordinates();
		Headcount members = o.members();
		Headcount employees = o.employees();
		List<Object> cells = new ArrayList<>(COLUMNS.size());
		cells.add(o.publicId().toString());
		cells.add(o.name());
		cells.add(o.shortName());
		cells.add(o.kind().name());
		cells.add(o.subKind());
		cells.add(o.legalForm());
		cells.add(o.registryNumber());
		cells.add(OpenDataCsv.identifiers(Organizations.identifiers(o)));
		cells.add(o.status().name());
		cells.add((o.foundedOn() != null) ? o.foundedOn().toString() : null);
		cells.add(o.regionId().toString());
		cells.add((region != null) ? region.label(LocaleContextHolder.getLocale()) : null);
		cells.add(o.address());
		cells.add((point != null) ? point.latitude() : null);
		cells.add((point != null) ? point.longitude() : null);
		cells.add(o.locationPrecision().name());
		cells.add(o.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
		cells.add((members != null) ? members.total() : null);
		cells.add((members != null) ? members.women() : null);
		cells.add((employees != null) ? employees.total() : null);
		cells.add((employees != null) ? employees.women() : null);
		cells.add(o.website());
		cells.add(o.phone());
		cells.add(o.email());
		cells.add(o.description());
		cells.add(Essglobal.organisationalStructureUri(o.kind(), o.subKind()));
		cells.add(o.incomeGenerating());
		cells.add((o.statusSince() != null) ? o.statusSince().toString() : null);
		cells.add(o.certifications()
			.stream()
			.map((certification) -> certification.name())
			.collect(Collectors.joining("; ")));
		cells.add(o.listed());
		cells.add(o.archived());
		cells.add(o.version());
		cells.add((o.createdAt() != null) ? o.createdAt().toString() : null);
		cells.add(o.createdBy());
		cells.add((o.updatedAt() != null) ? o.updatedAt().toString() : null);
		cells.add(o.updatedBy());
		return cells;
	}

}
