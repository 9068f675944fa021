package org.ortak.regions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findByPublicId(UUID publicId);

	List<Region> findByPublicIdIn(Collection<UUID> publicIds);

	@Query("select distinct r from Region r left join fetch r.names where r.publicId in :publicIds")
	List<Region> findWithNames(Collection<UUID> publicIds);

	@Query("select r from Region r where r.path like concat(:path, '%') and r.path <> :path")
	List<Region> findDescendants(String path);

	@Query("select distinct r from Region r left join fetch r.names order by r.path")
	List<Region> findAllWithNames();

	@Query("""
			select distinct r from Region r left join fetch r.names left join r.parent p
			where p is null or p.parent is null""")
	List<Region> findCountriesAndTheirSubdivisions();

	/**
	 * Regions with a name (own or in a language) holding these folded letters, highest
	 * first.
	 */
	@Query("""
			select r from Region r where r.searchKey like concat('%', :letters, '%') escape '\\'
			order by length(r.path), r.name""")
	List<Region> findNamed(String letters, Pageable page);

	boolean existsByParentAndNameIgnoreCase(Region parent, String name);

	boolean existsByParentIsNullAndNameIgnoreCase(String name);

	long countByParent(Region parent);

	@Query("select distinct r from Region r left join fetch r.names where r.parent.publicId = :parent")
	List<Region> findChildrenWithNames(UUID parent);

	/** How many regions lie right inside each of these, as (parent id, count) rows. */
	@Query("""
			select r.parent.publicId, count(r) from Region r where r.parent.publicId in :parents
			group by r.parent.publicId""")
	List<Object[]> countChildren(Collection<UUID> parents);

	@Query("""
			select count(r) > 0 from Region r where r.parent is null and r.isoCode = :isoCode
			and (:exceptId is null or r.id <> :exceptId)""")
	boolean countryIsoTaken(String isoCode, Long exceptId);

	/**
	 * Whether a region of the country (by its path) other than the one excepted has the
	 * code.
	 */
	@Query("""
			select count(r) > 0 from Region r where r.path like concat(:countryPath, '%')
			and (r.isoCode = :isoCode or r.nationalCode = :nationalCode)
			and (:exceptId is null or r.id <> :exceptId)""")
	boolean codeTaken(String countryPath, String isoCode, String nationalCode, Long exceptId);

	@Query("""
			select coalesce(r.nationalCode, r.isoCode) from Region r where r.path like concat(:countryPath, '%')
			and (r.isoCode in :codes or r.nationalCode in :codes)""")
	List<String> codesIn(String countryPath, Collection<String> codes);

}
