package org.ortak.organizations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.MapGrid.Box;
import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.Moved;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.Violations;

/**
 * The register's public path: anyone reads the organizations a coordinator lists (not
 * archived), their public facts only, their place as precisely as they chose. Its own
 * policy; nothing else of the register opens.
 */
@Service
@Transactional(readOnly = true)
public class PublicDirectory {

	private static final int CHUNK = 500;

	private final OrganizationRepository repository;

	private final OrganizationSearch search;

	private final Regions regions;

	private final MapSearch mapSearch;

	@PersistenceContext
	private EntityManager entityManager;

	PublicDirectory(OrganizationRepository repository, OrganizationSearch search, Regions regions,
			MapSearch mapSearch) {
		this.repository = repository;
		this.search = search;
		this.regions = regions;
		this.mapSearch = mapSearch;
	}

	/** The listed organizations matching the query; archived ones never. */
	public ResultPage<PublicOrganization> search(OrganizationQuery query) {
		OrganizationQuery listed = new OrganizationQuery(query.q(), query.kind(), query.status(), query.region(),
				query.sector(), false, query.page(), query.size(), query.sort());
		Organizations.checkQuery(listed);
		SearchResult<Organization> result = this.search.search(listed, null, true);
		Map<UUID, RegionView> regionsById = this.regions
			.findAll(result.hits().stream().map(Organization::regionId).collect(Collectors.toSet()));
		List<PublicOrganization> items = result.hits()
			.stream()
			.map((organization) -> shown(organization, regionsById.get(organization.regionId())))
			.toList();
		return new ResultPage<>(items, listed.page(), listed.size(), result.total().hitCount());
	}

	/**
	 * The listed organizations the query finds in a view of the map ({@code bbox}
	 * {@code west,south,east,north} at a zoom): their points when few, clusters
	 * otherwise.
	 */
	public PublicMap map(OrganizationQuery query, String bbox, Integer zoom) {
		OrganizationQuery listed = new OrganizationQuery(query.q(), query.kind(), query.status(), query.region(),
				query.sector(), false, 0, 1, null);
		Organizations.checkQuery(listed);
		Violations violations = new Violations();
		Box box = Box.parse(bbox, violations);
		MapGrid.checkZoom(zoom, violations);
		violations.throwIfAny();
		return this.mapSearch.map(listed, box, zoom);
	}

	/** A listed organization; any other is not found, whether it exists or not. */
	public PublicOrganization get(UUID id) {
		Organization organization = this.repository.findByPublicId(id).orElseThrow(NotFound::new);
		if (organization.mergedInto() != null) {
			// a merged duplicate points to its survivor, if the public may see that one
			Organization survivor = organization;
			for (int hops = 0; survivor.mergedInto() != null && hops < 10; hops++) {
				survivor = this.repository.findByPublicId(survivor.mergedInto()).orElseThrow(NotFound::new);
			}
			if (survivor.listed() && !survivor.archived()) {
				throw new Moved(id, survivor.publicId());
			}
		}
		if (!organization.listed() || organization.archived()) {
			throw new NotFound();
		}
		return shown(organization, this.regions.find(organization.regionId()).orElse(null));
	}

	/**
	 * Every listed organization the query finds, in its order, a chunk at a time: what
	 * open data streams, in constant memory whatever the register's size.
	 */
	public void each(OrganizationQuery query, Locale locale, Consumer<PublicOrganization> row) {
		OrganizationQuery listed = new OrganizationQuery(query.q(), query.kind(), query.status(), query.region(),
				query.sector(), false, 0, OrganizationQuery.MAX_SIZE, query.sort());
		Organizations.checkQuery(listed);
		try (SearchScroll<Organization> scroll = this.search.query(listed, null, true).scroll(CHUNK)) {
			for (SearchScrollResult<Organization> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				Map<UUID, RegionView> regionsById = this.regions
					.findAll(chunk.hits().stream().map(Organization::regionId).collect(Collectors.toSet()));
				chunk.hits()
					.forEach((organization) -> row
						.accept(shown(organization, regionsById.get(organization.regionId()), locale)));
				// what was read is written: nothing of it stays in memory
				this.entityManager.clear();
			}
		}
	}

	private static PublicOrganization shown(Organization organization, RegionView region) {
		return shown(organization, region, LocaleContextHolder.getLocale());
	}

	private static PublicOrganization shown(Organization organization, RegionView region, Locale locale) {
		Headcount members = organization.members();
		Headcount employees = organization.employees();
		Coordinates point = organization.coordinates();
		LocationPrecision precision = organization.locationPrecision();
		String address = precision.shown(organization.address());
		Coordinates shown = precision.shown(point);
		Double latitude = (shown != null) ? shown.latitude() : null;
		Double longitude = (shown != null) ? shown.longitude() : null;
		return new PublicOrganization(organization.publicId(), organization.name(), organization.shortName(),
				organization.kind(), organization.subKind(), organization.legalForm(), organization.registryNumber(),
				Organizations.identifiers(organization), organization.status(), organization.foundedOn(),
				organization.regionId(), (region != null) ? region.label(locale) : null, address, latitude, longitude,
				precision, Set.copyOf(organization.sectors()), (members != null) ? members.total() : null,
				(members != null) ? members.women() : null, (employees != null) ? employees.total() : null,
				(employees != null) ? employees.women() : null, List.copyOf(organization.certifications()),
				organization.website(), organization.phone(), organization.email(), organization.description(),
				Essglobal.organisationalStructureUri(organization.kind(), organization.subKind()),
				organization.confirmedAt());
	}

}
