package org.ortak.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	Optional<Organization> findByPublicId(UUID publicId);

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

	@Query("select o.publicId as id, o.name as name from Organization o where o.archived = false order by o.name")
	List<OrganizationName> findActiveNames();

}
