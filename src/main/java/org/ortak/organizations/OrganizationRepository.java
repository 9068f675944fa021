package org.ortak.organizations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	Optional<Organization> findByPublicId(UUID publicId);

	/**
	 * How many organizations not archived, of the kind and status when given, lie under
	 * the region path (any, for {@code %}), and how many people they employ where they
	 * said.
	 */
	@org.springframework.data.jpa.repository.Query("""
			select count(o), coalesce(sum(o.employees.total), 0) from Organization o
			where o.archived = false and (:kind is null or o.kind = :kind)
			and (:status is null or o.status = :status) and o.regionPath like :path""")
	List<Object[]> countUnder(OrganizationKind kind, OrganizationStatus status, String path);

	@Query("select o from Organization o where o.regionPath like concat(:prefix, '%')")
	List<Organization> findInRegionPath(String prefix);

	@Query("""
			select count(o) > 0 from Organization o
			where o.countryId = :countryId and o.registryKey = :registryKey
			and (:exceptId is null or o.publicId <> :exceptId)""")
	boolean registryKeyTaken(UUID countryId, String registryKey, UUID exceptId);

	@Query("""
			select count(o) > 0 from Organization o join o.identifiers i
			where key(i) = :scheme and value(i) = :number
			and (:exceptId is null or o.publicId <> :exceptId)""")
	boolean identifierTaken(IdentifierScheme scheme, String number, UUID exceptId);

	/** Registry numbers of the country taken by organizations outside the region path. */
	@Query("""
			select o.registryNumber from Organization o
			where o.countryId = :countryId and o.registryKey in :registryKeys
			and o.regionPath not like concat(:outsidePath, '%')""")
	List<String> registryNumbersOutside(UUID countryId, Collection<String> registryKeys, String outsidePath);

	@Query("select o.publicId as id, o.name as name from Organization o where o.publicId in :ids")
	List<OrganizationName> findNames(Collection<UUID> ids);

	@Query("select o.publicId, o.kind from Organization o where o.publicId in :ids")
	List<Object[]> findKinds(Collection<UUID> ids);

	@Query("""
			select new org.ortak.organizations.OrganizationCard(o.publicId, o.name, o.kind, o.regionId, o.regionPath,
			o.listed) from Organization o where o.publicId in :ids and o.archived = false""")
	List<OrganizationCard> findCards(Collection<UUID> ids);

	@Query("select o.publicId as id, o.name as name from Organization o where o.archived = false order by o.name")
	List<OrganizationName> findActiveNames();

	/**
	 * Pairs of organizations not archived with the same folded name, in the same region
	 * or within {@code near} degrees of each other, that nobody said are different.
	 */
	@Query(value = """
			select a.publicId as firstId, b.publicId as secondId from Organization a, Organization b
			where a.nameKey = b.nameKey and a.id < b.id and a.archived = false and b.archived = false
			and (a.regionId = b.regionId
			  or (abs(a.coordinates.latitude - b.coordinates.latitude) < :near
			      and abs(a.coordinates.longitude - b.coordinates.longitude) < :near))
			and not exists (select d.id from DuplicateDismissal d where d.firstId = a.publicId and d.secondId = b.publicId)
			order by a.nameKey, a.id, b.id""",
			countQuery = """
					select count(a) from Organization a, Organization b
					where a.nameKey = b.nameKey and a.id < b.id and a.archived = false and b.archived = false
					and (a.regionId = b.regionId
					  or (abs(a.coordinates.latitude - b.coordinates.latitude) < :near
					      and abs(a.coordinates.longitude - b.coordinates.longitude) < :near))
					and not exists (select d.id from DuplicateDismissal d where d.firstId = a.publicId and d.secondId = b.publicId)""")
	Page<PairIds> findDuplicatePairs(double near, Pageable pageable);

	/** Two ids of a pair of possible duplicates. */
	interface PairIds {

		UUID getFirstId();

		UUID getSecondId();

	}

	/**
	 * Organizations not archived that a new one with this name, region and place could
	 * duplicate.
	 */
	@Query("""
			select o from Organization o
			where o.nameKey = :nameKey and o.archived = false
			and (o.regionId = :regionId
			  or (:latitude is not null and abs(o.coordinates.latitude - :latitude) < :near
			      and abs(o.coordinates.longitude - :longitude) < :near))
			order by o.id""")
	List<Organization> findLike(String nameKey, UUID regionId, Double latitude, Double longitude, double near,
			Pageable pageable);

	List<Organization> findByPublicIdIn(Collection<UUID> publicIds);

	@Query("""
			select o from Organization o where o.archived = false and o.confirmedAt < :before
			order by o.confirmedAt, o.id""")
	Page<Organization> findUnconfirmedSince(Instant before, Pageable pageable);

	/**
	 * Listed organizations changed after {@code since}, in a region (with what lies
	 * inside it) or a box (only those that show a point) and of these kinds, the latest
	 * first: what a subscription's digest and the change feed tell.
	 */
	@Query("""
			select o from Organization o
			where o.listed = true and o.archived = false and o.updatedAt > :since and o.kind in :kinds
			and (:path is null or o.regionPath like concat(:path, '%'))
			and (:west is null or (o.locationPrecision <> org.ortak.organizations.LocationPrecision.DISTRICT
			  and o.coordinates.latitude between :south and :north
			  and o.coordinates.longitude between :west and :east))
			order by o.updatedAt desc, o.id desc""")
	List<Organization> findChanged(Instant since, String path, Collection<OrganizationKind> kinds, Double west,
			Double south, Double east, Double north, Pageable pageable);

}
